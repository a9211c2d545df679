// A history saved on PGlite by COPY in slices (bulk-copy.ts in @wakai/db): read back exactly as the
// INSERT path stores it — notes with tabs, line breaks and backslashes, rates, estimates — across
// slice boundaries, and all or nothing when a row fails in a later slice.
import { type CaseContent, caseContentSchema, type TransactionInput } from '@wakai/core';
import { isEmbedded, listTransactions, localUser, replaceTransactionsInSlices } from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCaseContent } from '../case-files/case-file-store.js';

const content: CaseContent = caseContentSchema.parse({
  title: '長い履歴',
  debtor: { name: '山田 太郎' },
  creditors: [{ name: 'A社', kind: 'card', contracts: [{ label: 'カード' }] }],
});

const notes = ['', '振込\t手数料', '一行目\n二行目', 'C:\\振込\\N', '\\N', '改行\r\n込み', 'ＡＴＭ返済'];

/** `count` rows: a borrowing, then repayments whose notes and rates vary row by row. */
const history = (count: number, from = 0): TransactionInput[] =>
  Array.from({ length: count }, (_, i) => ({
    date: `20${String(Math.floor(i / 400) % 25).padStart(2, '0')}-01-01`,
    borrow: i === 0 ? 10_000_000 : 0,
    repay: i === 0 ? 0 : from + i,
    rate: i % 3 === 0 ? null : i % 3 === 1 ? '18' : '29.2',
    note: notes[i % notes.length] ?? '',
    estimated: i % 5 === 0,
  }));

describe('a history saved by COPY on PGlite', () => {
  const engine = testEngines({}).find((e) => e.name === 'pglite');
  let opened: Awaited<ReturnType<NonNullable<typeof engine>['open']>>;
  let contractId = '';

  beforeAll(async () => {
    opened = await (engine as NonNullable<typeof engine>).open();
    const stored = await insertCaseContent(opened.db, (await localUser(opened.db)).id, content);
    contractId = (
      await opened.db
        .selectFrom('contracts')
        .innerJoin('creditors', 'creditors.id', 'contracts.creditor_id')
        .select('contracts.id')
        .where('creditors.case_id', '=', stored.id)
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => opened?.drop());

  const saved = async () => (await listTransactions(opened.db, [contractId])).get(contractId);
  const historyVersion = async () =>
    (await opened.db.selectFrom('contracts').select('history_version').where('id', '=', contractId).executeTakeFirstOrThrow())
      .history_version;
  /** The save PGlite makes: staged in slices under a new generation, then switched to. */
  const replace = async (rows: TransactionInput[], version?: number) =>
    replaceTransactionsInSlices(opened.db, contractId, rows, version ?? (await historyVersion()), { atSwitch: async () => {} });

  it('is known to be PGlite', () => {
    expect(isEmbedded(opened.db)).toBe(true);
  });

  it('reads back row for row, in order, over several slices; a shorter history then replaces it whole', async () => {
    const long = history(12_345);
    await replace(long);
    expect(await saved()).toEqual(long);
    const short = history(3_000, 1_000_000);
    await replace(short);
    expect(await saved()).toEqual(short);
  });

  it('saves nothing when a row of a later slice fails: the old history and its version stay', async () => {
    const before = await saved();
    const history_version = await historyVersion();
    const rows = history(8_000);
    rows[7_400] = { ...rows[7_400], date: 'not-a-date' } as TransactionInput;
    await expect(replace(rows, history_version)).rejects.toThrow();
    expect(await saved()).toEqual(before);
    // The version did not move: a save against it still goes through.
    expect(await replace(history(10), history_version)).toBe(history_version + 1);
  });
});
