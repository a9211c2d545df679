// The users' deadline stamps are renewed once per transaction, at commit, in user-id order (renewed
// row by row in the order of the changes, two processes changing the same users' cases in opposite
// orders could deadlock at commit): here two processes commit such changes at once, again and again;
// every commit renews both stamps and leaves nothing noted for the connection's next transaction.
import { type CaseContent, caseContentSchema } from '@wakai/core';
import { createUser, openDatabase, touchCase } from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { insertCaseContent } from '../case-files/case-file-store.js';

const content = (title: string): CaseContent => caseContentSchema.parse({ title, debtor: { name: `${title}の債務者` }, creditors: [] });

describe.each(testEngines().filter((engine) => engine.name === 'postgres'))('the deadline stamps on $name', (engine) => {
  it('are renewed for changes committed at once by two processes in opposite orders, without a deadlock', async () => {
    const opened = await engine.open();
    const other = await openDatabase({ engine: 'postgres', url: opened.url as string });
    try {
      const lawyers = [
        await createUser(opened.db, { email: 'a@office.example', displayName: '弁護士A', passwordHash: 'x' }),
        await createUser(opened.db, { email: 'b@office.example', displayName: '弁護士B', passwordHash: 'x' }),
      ];
      // Two cases each: one process changes A1 then B1, the other B2 then A2 (never the same case).
      const ids: string[] = [];
      for (const [lawyer, title] of [
        [lawyers[0], '案件A1'],
        [lawyers[0], '案件A2'],
        [lawyers[1], '案件B1'],
        [lawyers[1], '案件B2'],
      ] as const)
        ids.push((await insertCaseContent(opened.db, lawyer?.id as string, content(title))).id);
      const stamps = async () =>
        (await opened.db.selectFrom('deadline_marks').select(['user_id', 'stamp']).orderBy('user_id').execute()).map((row) => row.stamp);
      for (let round = 0; round < 20; round++) {
        const before = await stamps();
        await Promise.all([
          opened.db.transaction().execute(async (trx) => {
            await touchCase(trx, ids[0] as string);
            await touchCase(trx, ids[2] as string);
          }),
          other.db.transaction().execute(async (trx) => {
            await touchCase(trx, ids[3] as string);
            await touchCase(trx, ids[1] as string);
          }),
        ]);
        const after = await stamps();
        expect(after).toHaveLength(2);
        expect(after[0]).not.toBe(before[0]);
        expect(after[1]).not.toBe(before[1]);
      }
      // Nothing noted is left over for the connection's next transaction.
      const { rows } = await sql<{ noted: string | null }>`select current_setting('wakai.deadline_marks_due', true) as noted`.execute(
        opened.db,
      );
      expect(rows[0]?.noted ?? '').toBe('');
    } finally {
      await other.close();
      await opened.drop();
    }
  });
});
