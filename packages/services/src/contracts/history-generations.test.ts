// A whole history saved while others read (issue 19). On PGlite the new rows are staged under a new
// generation in slices and switched to in one small transaction; on PostgreSQL the save is one
// transaction. Either way a reader sees the old history exactly until the switch and the new one after,
// two saves from one version end with one saved and one conflict, and a save that dies half way leaves
// the old history (its staged rows swept by the next save, and never in a backup or a case file).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type CaseContent, caseContentSchema } from '@wakai/core';
import { type Database, listAuditEntries, localUser, restoreBackup, writeBackup } from '@wakai/db';
import { type TestDatabase, testEngines } from '@wakai/db/testing';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { insertCaseContent, readCaseContent } from '../case-files/case-file-store.js';
import { createServiceContext, type ServiceHooks } from '../context.js';
import { getHistory, saveHistory } from './contract-history.js';

const content: CaseContent = caseContentSchema.parse({
  title: '長い履歴',
  debtor: { name: '山田 太郎' },
  creditors: [{ name: 'A社', kind: 'card', contracts: [{ label: 'カード', transactions: history(3, 70_000) }] }],
});

/** `count` rows a day apart from 2000-01-01: a borrowing of `borrow` yen, then repayments of 1,000 yen plus their number. */
function history(count: number, borrow: number) {
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
    borrow: i === 0 ? borrow : 0,
    repay: i === 0 ? 0 : 1_000 + i,
    rate: null,
    note: `#${i}`,
    estimated: false,
  }));
}

const rowsIn = async (db: Kysely<Database>) =>
  Number(
    (
      await db
        .selectFrom('transactions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function opened(engine: (typeof engines)[number], hooks: ServiceHooks = {}) {
  const database = await engine.open();
  open.push(database);
  const user = await localUser(database.db);
  const stored = await insertCaseContent(database.db, user.id, content);
  const { id: contractId } = await database.db
    .selectFrom('contracts')
    .innerJoin('creditors', 'creditors.id', 'contracts.creditor_id')
    .select('contracts.id')
    .where('creditors.case_id', '=', stored.id)
    .executeTakeFirstOrThrow();
  const ctx = createServiceContext({ db: database.db, now: () => new Date('2026-12-06T00:00:00Z'), hooks });
  const read = () => getHistory(ctx, { user, contractId });
  const save = (rows: unknown[], version: number) => saveHistory(ctx, { user, contractId, body: { version, transactions: rows } });
  return { ...database, ctx, user, caseId: stored.id, contractId, read, save };
}

const engines = testEngines();
const open: TestDatabase[] = [];
afterEach(async () => {
  for (const database of open.splice(0)) await database.drop();
});

describe.each(engines)('a long history saved on $name', (engine) => {
  it('is read as the old history, exactly, until it is saved, then as the new one', async () => {
    const seen: Awaited<ReturnType<typeof read>>[] = [];
    const { read, save, db, caseId } = await opened(engine, { whileSavingHistory: async () => void seen.push(await read()) });
    const old = await read();
    expect(old).toMatchObject({ version: 1, transactions: history(3, 70_000) });

    const rows = history(6_000, 2_000_000);
    expect(await save(rows, 1)).toEqual({ saved: 6_000, version: 2 });
    // PGlite reads between its three slices of 2,500 rows; PostgreSQL once inside the transaction.
    expect(seen).toHaveLength(engine.name === 'pglite' ? 3 : 1);
    for (const during of seen) expect(during).toEqual(old);
    expect(await read()).toEqual({ version: 2, transactions: rows });
    // The old rows are gone from the table, not only hidden.
    expect(await rowsIn(db)).toBe(6_000);
    const [entry] = await listAuditEntries(db, caseId, { limit: 1 });
    expect(entry).toMatchObject({ action: 'update', entityKind: 'history', changes: [{ field: 'transactions', from: 3, to: 6_000 }] });
  });

  it('takes one of two saves made from the same version; the other is a conflict and leaves nothing', async () => {
    const { read, save, db } = await opened(engine);
    const histories = [history(7_000, 1_000_000), history(5_000, 3_000_000)];
    const results = await Promise.allSettled(histories.map((rows) => save(rows, 1)));
    const won = results.findIndex((result) => result.status === 'fulfilled');
    const winner = histories[won] as unknown[];
    expect(results[won]).toEqual({ status: 'fulfilled', value: { saved: winner.length, version: 2 } });
    expect(results[1 - won]).toMatchObject({ status: 'rejected', reason: { code: 'conflict' } });
    expect(await read()).toEqual({ version: 2, transactions: winner });
    expect(await rowsIn(db)).toBe(winner.length);
  });

  it('leaves the old history when the save dies half way; the next save leaves only its own rows', async () => {
    // Dies after PGlite's second staged slice, or inside PostgreSQL's transaction.
    const dieAt = engine.name === 'pglite' ? 2 : 1;
    let calls = 0;
    const { read, save, db, caseId } = await opened(engine, {
      whileSavingHistory: async () => {
        calls += 1;
        if (calls === dieAt) throw new Error('killed');
      },
    });
    const old = await read();
    await expect(save(history(8_000, 1_000_000), 1)).rejects.toThrow('killed');
    expect(await read()).toEqual(old);
    // On PGlite two staged slices stay behind, no one's history; PostgreSQL rolled them back.
    expect(await rowsIn(db)).toBe(engine.name === 'pglite' ? 3 + 5_000 : 3);

    const rows = history(4_000, 500_000);
    await expect(save(rows, 1)).resolves.toEqual({ saved: 4_000, version: 2 });
    expect(await read()).toEqual({ version: 2, transactions: rows });
    expect(await rowsIn(db)).toBe(4_000);
    expect(await readCaseContent(db, caseId)).toMatchObject({ creditors: [{ contracts: [{ transactions: rows }] }] });
  });
});

describe('PGlite: a contract deleted while its history is staged', () => {
  it('ends the save as not found (the contract is gone), not as an internal error', async () => {
    const engine = engines.find((each) => each.name === 'pglite') as (typeof engines)[number];
    let database: Awaited<ReturnType<typeof opened>> | undefined;
    database = await opened(engine, {
      whileSavingHistory: async () => {
        await database?.db.deleteFrom('contracts').where('id', '=', database.contractId).execute();
      },
    });
    await expect(database.save(history(6_000, 1_000_000), 1)).rejects.toMatchObject({ code: 'notFound' });
    expect(await rowsIn(database.db)).toBe(0);
  });
});

describe('PGlite staged rows left by a save that died', () => {
  const pglite = engines.find((e) => e.name === 'pglite') as (typeof engines)[number];

  it('are in no backup or case file; the restored database saves again past its generations', async () => {
    let dying = false;
    const { read, save, db, engine, caseId, contractId } = await opened(pglite, {
      whileSavingHistory: async () => {
        if (dying) throw new Error('killed');
      },
    });
    const rows = history(2_600, 900_000);
    await save(rows, 1);
    dying = true;
    await expect(save(history(2_600, 1), 2)).rejects.toThrow('killed');
    expect(await rowsIn(db)).toBe(2_600 + 2_500);
    expect(await read()).toEqual({ version: 2, transactions: rows });
    expect(await readCaseContent(db, caseId)).toMatchObject({ creditors: [{ contracts: [{ transactions: rows }] }] });

    const file = join(mkdtempSync(join(tmpdir(), 'wakai-generations-')), 'office.jsonl.gz');
    const summary = await writeBackup(db, file, { engine });
    expect(summary.rows.transactions).toBe(2_600);
    const lines = gunzipSync(readFileSync(file)).toString().split('\n');
    expect(lines.filter((line) => line.includes('"note":"#')).length).toBe(2_600);

    // Restored, the contract keeps its generation (the sequence's first) while the sequence, not in a
    // backup, starts over: each save must still stage under a generation of its own.
    const to = await pglite.open();
    open.push(to);
    await restoreBackup(to.db, file);
    const user = await localUser(to.db);
    const ctx = createServiceContext({ db: to.db, now: () => new Date('2026-12-06T00:00:00Z') });
    const again = (transactions: unknown[], version: number) => saveHistory(ctx, { user, contractId, body: { version, transactions } });
    expect(await getHistory(ctx, { user, contractId })).toEqual({ version: 2, transactions: rows });
    for (const [version, count] of [
      [2, 100],
      [3, 2_700],
      [4, 50],
    ] as const) {
      const next = history(count, 10_000 + count);
      expect(await again(next, version)).toEqual({ saved: count, version: version + 1 });
      expect(await getHistory(ctx, { user, contractId })).toEqual({ version: version + 1, transactions: next });
      expect(await rowsIn(to.db)).toBe(count);
    }
  });
});
