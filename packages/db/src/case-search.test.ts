// The case list's search, on each engine: every word must be found in the title, the debtor's name
// (with or without its space) or furigana; LIKE's wildcards are plain characters; and on PostgreSQL
// the trigram index serves the search (its expression is the repository's, character for character).
import { assetsSchema, budgetSchema, creditorSchema, debtorSchema } from '@wakai/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase } from './case.repository.js';
import { caseSearchText, listCasesPage } from './case-list.repository.js';
import { addCaseMember } from './case-member.repository.js';
import { insertCreditor } from './creditor.repository.js';
import { testEngines } from './test-databases.js';
import { createUser } from './user.repository.js';

describe.each(testEngines())('the case search on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  let ownerId: string;
  beforeAll(async () => {
    opened = await engine.open();
    ownerId = (await createUser(opened.db, { email: 'search@office.example', displayName: '検索', passwordHash: 'x' })).id;
    const cases = [
      { title: '山田さんの件', debtor: { name: '山田 太郎', nameKana: 'やまだ たろう' } },
      { title: '100%の件', debtor: { name: '佐藤 花子', nameKana: 'さとう はなこ' } },
      { title: '債務整理_A', debtor: { name: '鈴木 一郎' } },
    ];
    for (const content of cases) {
      const stored = await insertCase(opened.db, ownerId, {
        title: content.title,
        debtor: debtorSchema.parse(content.debtor),
        budget: budgetSchema.parse({}),
        assets: assetsSchema.parse({}),
      });
      if (content.title === '山田さんの件')
        await insertCreditor(opened.db, stored.id, creditorSchema.parse({ name: 'アコム', kind: 'consumer-finance' }));
    }
  });
  afterAll(() => opened?.drop());

  const titles = async (search: string) => (await listCasesPage(opened.db, ownerId, { search })).items.map((item) => item.title).sort();

  it('finds each word in the title, the name with or without its space, or the furigana', async () => {
    expect(await titles('山田太郎')).toEqual(['山田さんの件']);
    expect(await titles('たろう 件')).toEqual(['山田さんの件']);
    expect(await titles('ＳＡＴＯ')).toEqual([]);
    expect(await titles('花子 100')).toEqual(['100%の件']);
    // NFKC: a full-width word is the half-width one.
    expect(await titles('１００')).toEqual(['100%の件']);
    // Not across two fields: the title's end and the name's start are not one word.
    expect(await titles('件山田')).toEqual([]);
  });

  it('takes % and _ as characters, not wildcards', async () => {
    expect(await titles('%')).toEqual(['100%の件']);
    expect(await titles('_')).toEqual(['債務整理_A']);
    expect(await titles('整理%')).toEqual([]);
  });

  it('counts each listed case’s creditors and all the matches', async () => {
    const page = await listCasesPage(opened.db, ownerId, { limit: 2 });
    expect(page.total).toBe(3);
    const all = [...page.items, ...(await listCasesPage(opened.db, ownerId, { limit: 2, page: 2 })).items];
    expect(all.map((item) => [item.title, item.creditors]).sort()).toEqual([
      ['100%の件', 0],
      ['債務整理_A', 0],
      ['山田さんの件', 1],
    ]);
    expect((await listCasesPage(opened.db, ownerId, { limit: 2, page: 3 })).total).toBe(3);
  });

  it('lists another owner’s case shared with the user among the user’s own, latest change first, once', async () => {
    const other = await createUser(opened.db, { email: 'other@office.example', displayName: '他', passwordHash: 'x' });
    const shared = await insertCase(opened.db, other.id, {
      title: '共有の件',
      debtor: debtorSchema.parse({ name: '高橋 次郎' }),
      budget: budgetSchema.parse({}),
      assets: assetsSchema.parse({}),
    });
    await addCaseMember(opened.db, shared.id, ownerId);
    const first = await listCasesPage(opened.db, ownerId, { limit: 1 });
    expect([first.total, first.items.map((item) => item.title)]).toEqual([4, ['共有の件']]);
    const rest = await listCasesPage(opened.db, ownerId, { limit: 3, page: 2 });
    expect([rest.total, rest.items.length]).toEqual([4, 1]);
    expect((await listCasesPage(opened.db, other.id, { limit: 5 })).items.map((item) => item.title)).toEqual(['共有の件']);
    expect(await titles('高橋')).toEqual(['共有の件']);
  });

  it.runIf(engine.name === 'postgres')('reads the trigram index for a search', async () => {
    const plan = await opened.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const { rows } = await sql<{ 'QUERY PLAN': string }>`explain select id from cases where ${caseSearchText} ilike ${'%山田%'}`.execute(
        trx,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('cases_search_trgm');
  });
});
