// A contract's transaction history: read with its version, saved whole (only at the version it was
// loaded at), or imported from a CSV/XLSX/PDF file — previewed first, saved only when every row reads.
import {
  type ColumnMapping,
  describeProblem,
  type HistoryImport,
  isImageFile,
  isPdfFile,
  isZipFile,
  readHistoryCsv,
  type TransactionInput,
} from '@wakai/core';
import {
  countTransactions,
  type Db,
  getCreditor,
  isEmbedded,
  listTransactions,
  replaceTransactions,
  replaceTransactionsInSlices,
  type StoredContract,
  touchCase,
  type User,
} from '@wakai/db';
import { z } from 'zod';
import { contractOf } from '../access.js';
import { AppError, checked, historyConflict, notFound } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import { countChange } from '../audit/field-changes.js';
import type { ServiceContext } from '../context.js';
import { contractLabel } from '../creditors/creditor-records.js';
import { versionSchema } from '../edit.js';
import { checkedHistory, importedRows, savedRows } from './history-import-rows.js';
import type { ReadHistory } from './history-import-thread.js';

/** The history with its version: a save must carry the version it was made against. */
export async function getHistory(ctx: ServiceContext, { user, contractId }: { user: User; contractId: string }) {
  const contract = await contractOf(ctx.db, user, contractId, 'debtor');
  const transactions = (await listTransactions(ctx.db, [contract.id])).get(contract.id) ?? [];
  return { version: contract.historyVersion, transactions };
}

/** A history save: the whole history with the version it was loaded at. */
export const historySaveSchema = z.object({ version: versionSchema, transactions: z.unknown() });

/** The whole history at once, checked row by row (none dated after today), saved in one transaction. */
export async function saveHistory(ctx: ServiceContext, { user, contractId, body }: { user: User; contractId: string; body: unknown }) {
  // The debtor enters the histories they have; the office checks them.
  const contract = await contractOf(ctx.db, user, contractId, 'debtor');
  const { version, transactions } = checked(historySaveSchema, body);
  const saved = await replaceHistory(ctx, user, contract, transactions, version);
  return { saved: (transactions as unknown[]).length, version: saved };
}

/**
 * A CSV, XLSX or PDF history file: with `commitAt` (the history's version the user saw), saved in place of
 * the history if every row is right; without it, only the preview. A file with any bad row saves nothing.
 */
export async function importHistory(
  ctx: ServiceContext,
  {
    user,
    contractId,
    file,
    commitAt,
    mapping,
  }: { user: User; contractId: string; file: Uint8Array; commitAt?: number; mapping?: ColumnMapping },
) {
  const contract = await contractOf(ctx.db, user, contractId, 'debtor');
  // The preview refuses what the save would refuse (a note over its length, a row dated after today).
  const { read, rows, saved: checkedRows } = await readHistoryFile(ctx, file, mapping);
  if (!read.ok) {
    throw new AppError('importRejected', `${read.problems.length}件の誤りがあるため、取り込んでいません`, {
      problems: read.problems.map((problem) => ({ ...problem, ja: describeProblem(problem, 'ja'), en: describeProblem(problem, 'en') })),
      // The header as read, so the page can offer to take its columns otherwise.
      ...(read.columns ? { columns: read.columns } : {}),
    });
  }
  const saved = commitAt === undefined ? undefined : await replaceHistory(ctx, user, contract, checkedRows, commitAt, 'import', true);
  return {
    saved: commitAt !== undefined,
    version: saved ?? contract.historyVersion,
    transactions: rows,
    asOf: read.asOf ?? null,
    ignoredColumns: read.ignoredColumns,
    columns: read.columns,
  };
}

/** Saves a whole history checked row by row; the history's new version. */
async function replaceHistory(
  ctx: ServiceContext,
  user: User,
  contract: StoredContract & { caseId: string },
  rows: unknown,
  version: number,
  action: 'update' | 'import' = 'update',
  checkedAlready = false,
) {
  const checkedRows = checkedAlready ? (rows as TransactionInput[]) : checkedHistory(ctx.today(), rows);
  // The case log's entry, in the transaction that makes the rows the history.
  const logged = async (trx: Db, before: number) => {
    const label = contractLabel((await getCreditor(trx, contract.creditorId))?.name ?? '', contract);
    const changes = countChange('transactions', before, checkedRows.length);
    await logChange(trx, ctx, user, { caseId: contract.caseId, action, kind: 'history', id: contract.id, label, changes });
    await touchCase(trx, contract.caseId);
  };
  // PGlite has one connection: a long history is staged in slices beside the current one (issue 19).
  const saved = isEmbedded(ctx.db)
    ? await replaceTransactionsInSlices(ctx.db, contract.id, checkedRows, version, {
        betweenSlices: ctx.hooks.whileSavingHistory,
        atSwitch: logged,
      }).catch((error: unknown) => {
        // The contract was deleted between two slices (23503: its rows have no contract to go to).
        throw (error as { code?: string }).code === '23503' ? notFound() : error;
      })
    : await ctx.db.transaction().execute(async (trx) => {
        const before = (await countTransactions(trx, [contract.id])).get(contract.id) ?? 0;
        const saved = await replaceTransactions(trx, contract.id, checkedRows, version);
        if (saved === undefined) return undefined;
        await ctx.hooks.whileSavingHistory?.();
        await logged(trx, before);
        return saved;
      });
  if (saved === undefined) throw historyConflict();
  return saved;
}

async function readHistoryFile(ctx: ServiceContext, bytes: Uint8Array, mapping?: ColumnMapping): Promise<ReadHistory> {
  // A zip (an XLSX) starts with PK; exceljs is loaded only for one, pdf.js only for a PDF.
  // Read and checked in a worker thread: a large workbook must not stall everyone else's requests.
  if (isZipFile(bytes)) return (await import('./history-import-thread.js')).readXlsxHistoryOffThread(bytes, mapping, ctx.today());
  const read = await readSmallHistoryFile(bytes, mapping);
  if (!read.ok) return { read, rows: [], saved: [] };
  const rows = importedRows(read.transactions);
  return { read, rows, saved: checkedHistory(ctx.today(), savedRows(rows)) };
}

async function readSmallHistoryFile(bytes: Uint8Array, mapping?: ColumnMapping): Promise<HistoryImport> {
  if (isPdfFile(bytes)) return (await import('@wakai/documents/pdf-import')).readHistoryPdf(bytes, {}, mapping);
  // A picture is read by OCR as a scan (history-scans.ts), never straight into a history.
  if (isImageFile(bytes)) return { ok: false, problems: [{ code: 'import.pdfNoText', params: {} }] };
  return readHistoryCsv(bytes, mapping);
}
