import type { TransactionInput } from '@wakai/core';
import { sql } from 'kysely';
import { breathe, copyRows } from './bulk-copy.js';
import type { Db } from './db.js';

type RowTuple = [date: string, borrow: number, repay: number, rate: string | null, note: string, estimated: boolean];

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
    .groupBy('contract_id')
    .execute();
  for (const row of rows) counts.set(row.contract_id, Number(row.count));
  return counts;
}

const ROWS_PER_INSERT = 1_000;
/** Rows per COPY on PGlite: a slice holds the loop well under 200 ms. */
const ROWS_PER_COPY = 2_500;
/** Rows per DELETE of an old history on PGlite, for the same reason. */
const ROWS_PER_DELETE = 10_000;

const columns = ['contract_id', 'position', 'date', 'borrow', 'repay', 'rate', 'note', 'estimated'] as const;

/**
 * Replaces a contract's whole history, only if it is still at `version` when one is given (else
 * false, nothing written). Callers run it inside a database transaction, so a failure (or a killed
 * process) leaves the old history in place. On PGlite (isEmbedded) the rows go by COPY in slices,
 * the loop taking other requests between them. Returns the history's new version.
 */
export async function replaceTransactions(
  db: Db,
  contractId: string,
  rows: readonly TransactionInput[],
  version?: number,
  embedded = false,
): Promise<number | undefined> {
  let bump = db
    .updateTable('contracts')
    .set((eb) => ({ history_version: eb('history_version', '+', 1) }))
    .where('id', '=', contractId);
  if (version !== undefined) bump = bump.where('history_version', '=', version);
  const bumped = await bump.returning('history_version').executeTakeFirst();
  if (!bumped) return undefined;
  if (embedded) await copyHistory(db, contractId, rows);
  else await insertHistory(db, contractId, rows);
  return bumped.history_version;
}

async function insertHistory(db: Db, contractId: string, rows: readonly TransactionInput[]) {
  await db.deleteFrom('transactions').where('contract_id', '=', contractId).execute();
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto('transactions')
      .values(
        rows.slice(start, start + ROWS_PER_INSERT).map((row, offset) => ({
          contract_id: contractId,
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
}

async function copyHistory(db: Db, contractId: string, rows: readonly TransactionInput[]) {
  const last = await db
    .selectFrom('transactions')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('contract_id', '=', contractId)
    .executeTakeFirst();
  for (let bound = 0; bound <= (last?.last ?? -1); bound += ROWS_PER_DELETE) {
    await db
      .deleteFrom('transactions')
      .where('contract_id', '=', contractId)
      .where('position', '<', bound + ROWS_PER_DELETE)
      .execute();
    await breathe();
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_COPY) {
    const slice = rows
      .slice(start, start + ROWS_PER_COPY)
      .map((row, offset) => [contractId, start + offset, row.date, row.borrow, row.repay, row.rate, row.note, row.estimated]);
    await copyRows(db, 'transactions', columns, slice);
    await breathe();
  }
}

/** Each contract's last repayment date in its history (contracts without one are left out). */
export async function lastRepayments(db: Db, contractIds: readonly string[]): Promise<Map<string, string>> {
  if (contractIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('transactions')
    .select((eb) => ['contract_id', eb.fn.max('date').as('last')])
    .where('contract_id', 'in', contractIds)
    .where('repay', '>', 0)
    .groupBy('contract_id')
    .execute();
  return new Map(rows.map((row) => [row.contract_id, String(row.last)]));
}
