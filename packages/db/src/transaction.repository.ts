import type { TransactionInput } from '@wakai/core';
import { type Kysely, sql } from 'kysely';
import { breathe, copyRows } from './bulk-copy.js';
import type { Db } from './db.js';
import type { Database } from './schema.js';

type RowTuple = [date: string, borrow: number, repay: number, rate: string | null, note: string, estimated: boolean];

/**
 * Only each contract's history generation is its history: rows being staged by a save, or of a
 * generation a save replaced and has not deleted yet, are never read.
 */
const current = (contractIds: readonly string[]) =>
  sql<boolean>`(contract_id, generation) in (select id, history_generation from contracts where id in (${sql.join(contractIds)}))`;

/**
 * Histories of several contracts, each in its stored order. The database hands each history over as
 * one JSON array: decoding 40,000 rows one by one costs four times as much. Amounts stay integers
 * (bounded far below 2^53 by the history's schema).
 */
export async function listTransactions(db: Db, contractIds: readonly string[]): Promise<Map<string, TransactionInput[]>> {
  const histories = new Map<string, TransactionInput[]>(contractIds.map((id) => [id, []]));
  if (contractIds.length === 0) return histories;
  const rows = await db
    .selectFrom('transactions')
    .select([
      'contract_id',
      sql<RowTuple[]>`json_agg(json_build_array(date, borrow, repay, rate, note, estimated) order by position)`.as('rows'),
    ])
    .where('contract_id', 'in', contractIds)
    .where(current(contractIds))
    .groupBy('contract_id')
    .execute();
  for (const { contract_id, rows: tuples } of rows) {
    histories.set(
      contract_id,
      tuples.map(([date, borrow, repay, rate, note, estimated]) => ({ date, borrow, repay, rate, note, estimated })),
    );
  }
  return histories;
}

/** How many transactions each contract's history holds (without reading them). */
export async function countTransactions(db: Db, contractIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(contractIds.map((id) => [id, 0]));
  if (contractIds.length === 0) return counts;
  const rows = await db
    .selectFrom('transactions')
    .select((eb) => ['contract_id', eb.fn.countAll<string>().as('count')])
    .where('contract_id', 'in', contractIds)
    .where(current(contractIds))
    .groupBy('contract_id')
    .execute();
  for (const row of rows) counts.set(row.contract_id, Number(row.count));
  return counts;
}

const ROWS_PER_INSERT = 1_000;
/** Rows per COPY on PGlite: a slice holds the loop well under 200 ms. */
const ROWS_PER_COPY = 2_500;
/** Rows per DELETE of an old generation on PGlite, for the same reason. */
const ROWS_PER_DELETE = 10_000;

const columns = ['contract_id', 'generation', 'position', 'date', 'borrow', 'repay', 'rate', 'note', 'estimated'] as const;

/**
 * Replaces a contract's whole history, only if it is still at `version` when one is given (else
 * undefined, nothing written). Callers run it inside a database transaction, so a failure (or a killed
 * process) leaves the old history in place; the rows replace the contract's current generation.
 * Returns the history's new version.
 */
export async function replaceTransactions(
  db: Db,
  contractId: string,
  rows: readonly TransactionInput[],
  version?: number,
): Promise<number | undefined> {
  let bump = db
    .updateTable('contracts')
    .set((eb) => ({ history_version: eb('history_version', '+', 1) }))
    .where('id', '=', contractId);
  if (version !== undefined) bump = bump.where('history_version', '=', version);
  const bumped = await bump.returning(['history_version', 'history_generation']).executeTakeFirst();
  if (!bumped) return undefined;
  const generation = bumped.history_generation;
  await db.deleteFrom('transactions').where('contract_id', '=', contractId).where('generation', '=', generation).execute();
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto('transactions')
      .values(
        rows.slice(start, start + ROWS_PER_INSERT).map((row, offset) => ({
          contract_id: contractId,
          generation,
          position: start + offset,
          date: row.date,
          borrow: row.borrow,
          repay: row.repay,
          rate: row.rate,
          note: row.note,
          estimated: row.estimated,
        })),
      )
      .execute();
  }
  return bumped.history_version;
}

/** Generations being staged in this process (`contractId generation`): a sweep leaves them alone. */
const staging = new Set<string>();

export interface StagedSave {
  /** After each staged slice (its rows written, not yet the history): where a test reads, or fails. */
  betweenSlices?: () => Promise<void>;
  /** Inside the switch's small transaction, given the replaced history's row count (the case log's entry). */
  atSwitch: (trx: Db, before: number) => Promise<void>;
}

/**
 * PGlite's whole-history save, never holding its one connection for more than a slice: the rows go in
 * under a new generation, each slice its own transaction (reads ignore them), then one small
 * transaction makes that generation the history if it is still at `version` and no other save
 * switched first (else undefined: a conflict, the staged rows deleted). The replaced generation is
 * then deleted in slices. A failure or a crash before the switch leaves the old history as it was; its
 * staged rows are never read and the contract's next save sweeps them. Returns the new version.
 */
export async function replaceTransactionsInSlices(
  db: Kysely<Database>,
  contractId: string,
  rows: readonly TransactionInput[],
  version: number,
  { betweenSlices, atSwitch }: StagedSave,
): Promise<number | undefined> {
  const started = await db.transaction().execute(async (trx) => {
    const contract = await trx
      .selectFrom('contracts')
      .select(['history_version', 'history_generation'])
      .where('id', '=', contractId)
      .executeTakeFirst();
    if (contract?.history_version !== version) return undefined;
    const before = (await countTransactions(trx, [contractId])).get(contractId) ?? 0;
    // Past every generation the contract has rows of, whatever the sequence says: a backup does not
    // carry the sequence, so a restored database starts it again at 1.
    const { rows: taken } = await sql<{ generation: number }>`
      select setval('history_generations', greatest(nextval('history_generations'), ${contract.history_generation + 1},
        (select coalesce(max(generation), 0) + 1 from transactions where contract_id = ${contractId}))) as generation`.execute(trx);
    const generation = Number(taken[0]?.generation);
    staging.add(`${contractId} ${generation}`);
    return { seen: contract.history_generation, before, generation };
  });
  if (!started) return undefined;
  const { seen, before, generation } = started;
  let saved: number | undefined;
  try {
    await sweep(db, contractId);
    for (let start = 0; start < rows.length; start += ROWS_PER_COPY) {
      const slice = rows
        .slice(start, start + ROWS_PER_COPY)
        .map((row, offset) => [contractId, generation, start + offset, row.date, row.borrow, row.repay, row.rate, row.note, row.estimated]);
      await copyRows(db, 'transactions', columns, slice);
      await breathe();
      await betweenSlices?.();
    }
    saved = await db.transaction().execute(async (trx) => {
      const switched = await trx
        .updateTable('contracts')
        .set({ history_generation: generation, history_version: version + 1 })
        .where('id', '=', contractId)
        .where('history_generation', '=', seen)
        .where('history_version', '=', version)
        .returning('history_version')
        .executeTakeFirst();
      if (switched) await atSwitch(trx, before);
      return switched?.history_version;
    });
  } finally {
    staging.delete(`${contractId} ${generation}`);
  }
  // The replaced generation, or after a conflict this one. The save stands if this fails: the next sweeps it.
  await sweep(db, contractId).catch(() => {});
  return saved;
}

/**
 * Deletes, in slices, every generation of a contract's rows but its history and those being staged
 * here: the one a switch replaced, and whatever a failed or crashed save left.
 */
async function sweep(db: Kysely<Database>, contractId: string) {
  // Each generation found by one probe of the key (a loose index scan), not by reading every row.
  const { rows: found } = await sql<{ generation: number; last: number }>`
    with recursive g as (
      select min(generation) as generation from transactions where contract_id = ${contractId}
      union all
      select (select min(generation) from transactions where contract_id = ${contractId} and generation > g.generation)
      from g where g.generation is not null)
    select generation, (select max(position) from transactions t where t.contract_id = ${contractId} and t.generation = g.generation) as last
    from g where generation is not null`.execute(db);
  for (const { generation, last } of found) {
    if (staging.has(`${contractId} ${generation}`)) continue;
    for (let first = 0; first <= Number(last); first += ROWS_PER_DELETE) {
      // The history's generation checked by the statement itself: one switched to meanwhile stays.
      await db
        .deleteFrom('transactions')
        .where('contract_id', '=', contractId)
        .where('generation', '=', generation)
        .where('generation', '<>', (eb) => eb.selectFrom('contracts').select('history_generation').where('id', '=', contractId))
        .where('position', '>=', first)
        .where('position', '<', first + ROWS_PER_DELETE)
        .execute();
      await breathe();
    }
  }
}

/** Each contract's last repayment date in its history (contracts without one are left out). */
export async function lastRepayments(db: Db, contractIds: readonly string[]): Promise<Map<string, string>> {
  if (contractIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('transactions')
    .select((eb) => ['contract_id', eb.fn.max('date').as('last')])
    .where('contract_id', 'in', contractIds)
    .where(current(contractIds))
    .where('repay', '>', 0)
    .groupBy('contract_id')
    .execute();
  return new Map(rows.map((row) => [row.contract_id, String(row.last)]));
}
