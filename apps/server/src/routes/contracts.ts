import {
  contractRecalcOptions,
  contractSchema,
  describeProblem,
  engineTransactions,
  explainRow,
  formatRatePercent,
  futureDatedRows,
  type HistoryImport,
  RecalcInputError,
  readHistoryCsv,
  recalcJson,
  recalcJsonText,
  recalcOptionsSchema,
  recalculate,
  recalcVariants,
  type TransactionInput,
  transactionsSchema,
} from '@wakai/core';
import {
  type Database,
  deleteContract,
  listTransactions,
  replaceTransactions,
  type StoredContract,
  touchCase,
  updateContract,
} from '@wakai/db';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError, conflict, historyConflict, notFound } from '../app-error.js';
import type { Env } from '../auth.js';
import { contractOf } from '../case-access.js';
import { checked, editInput, jsonInput, versionSchema } from '../request-input.js';
import { todayInJapan } from '../today.js';

export function contractRoutes(db: Kysely<Database>) {
  const app = new Hono<Env>();

  app.get('/:contractId', async (c) => c.json(await contractOf(db, c.var.user, c.req.param('contractId'))));

  app.put('/:contractId', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const { input, version } = await editInput(c, contractSchema, contract);
    const updated = await updateContract(db, contract.id, input, version);
    if (!updated) throw conflict();
    await touchCase(db, contract.caseId);
    return c.json(updated);
  });

  app.delete('/:contractId', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    await deleteContract(db, contract.id);
    await touchCase(db, contract.caseId);
    return c.json({ deleted: contract.id });
  });

  /** The history with its version: a save must carry the version it was made against. */
  app.get('/:contractId/transactions', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const transactions = (await listTransactions(db, [contract.id])).get(contract.id) ?? [];
    return c.json({ version: contract.historyVersion, transactions });
  });

  /** The whole history at once, checked row by row, saved in one transaction if nobody saved it since. */
  app.put('/:contractId/transactions', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const { version, transactions } = await jsonInput(c, z.object({ version: versionSchema, transactions: z.unknown() }));
    const saved = await saveHistory(db, contract, transactions, version);
    return c.json({ saved: (transactions as unknown[]).length, version: saved });
  });

  /**
   * A CSV or XLSX history file in the body. `?commit=1&version=N` saves it (replacing the history at
   * version N) if every row is right; without it, only the preview. A file with any bad row saves nothing.
   */
  app.post('/:contractId/import', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const commit = c.req.query('commit') === '1';
    const version = commit ? checked(z.object({ version: z.coerce.number().pipe(versionSchema) }), c.req.query()).version : undefined;
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const read = await readHistoryFile(bytes);
    if (!read.ok) {
      throw new AppError('importRejected', `${read.problems.length}件の誤りがあるため、取り込んでいません`, {
        problems: read.problems.map((problem) => ({ ...problem, ja: describeProblem(problem, 'ja'), en: describeProblem(problem, 'en') })),
      });
    }
    const rows: (TransactionInput & { line?: number })[] = read.transactions.map((t) => ({
      date: t.date,
      borrow: t.borrow,
      repay: t.repay,
      rate: t.rate === undefined ? null : formatRatePercent(t.rate),
      note: t.note ?? '',
      estimated: t.estimated === true,
      ...(t.line === undefined ? {} : { line: t.line }),
    }));
    const saved =
      version === undefined
        ? undefined
        : await saveHistory(
            db,
            contract,
            rows.map(({ line: _, ...row }) => row),
            version,
          );
    return c.json({
      saved: commit,
      version: saved ?? contract.historyVersion,
      transactions: rows,
      asOf: read.asOf ?? null,
      ignoredColumns: read.ignoredColumns,
    });
  });

  /**
   * The ledger, and what each other convention would give. A long history's page leaves out every
   * row's working (`working=none`: one row's is asked for when it is opened) and the other
   * conventions (`variants=none`: asked for when their table is opened), so the ledger comes first.
   */
  app.get('/:contractId/recalc', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const ledger = await ledgerOf(db, contract, c.req.query());
    if (!ledger) return c.json({ empty: true });
    const { result, history, options } = ledger;
    const working = c.req.query('working') !== 'none';
    if (c.req.query('variants') === 'none') {
      c.header('Content-Type', 'application/json; charset=utf-8');
      return c.body(recalcJsonText(result, { working }));
    }
    return c.json({ ...recalcJson(result, { working }), variants: recalcVariants(history, options) });
  });

  /** What each other convention would give, alone (the ledger's second table). */
  app.get('/:contractId/recalc/variants', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const ledger = await ledgerOf(db, contract, c.req.query());
    return c.json({ variants: ledger ? recalcVariants(ledger.history, ledger.options) : [] });
  });

  /** One ledger row's working, under the same options as the ledger. */
  app.get('/:contractId/recalc/rows/:index', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const index = Number(c.req.param('index'));
    const ledger = await ledgerOf(db, contract, c.req.query());
    const row = Number.isSafeInteger(index) ? ledger?.result.rows[index] : undefined;
    if (!ledger || !row) throw notFound();
    return c.json({ index, working: explainRow(row, ledger.result.options.rounding) });
  });

  return app;
}

/** Saves a whole history checked row by row (and none dated after today); the history's new version. */
/** The contract's history recalculated under its own options and the query's; undefined without a history. */
async function ledgerOf(db: Kysely<Database>, contract: StoredContract, query: Record<string, string>) {
  const requested = checked(recalcOptionsSchema, {
    ...query,
    ...(query.gapDays === undefined ? {} : { gapDays: Number(query.gapDays) }),
    ...(query.openingBalance === undefined ? {} : { openingBalance: Number(query.openingBalance) }),
  });
  // The rate stored with the contract stands where the history states none.
  const options = { ...contractRecalcOptions(contract), ...requested };
  const history = engineTransactions((await listTransactions(db, [contract.id])).get(contract.id) ?? []);
  if (history.length === 0) return undefined;
  try {
    return { result: recalculate(history, options), history, options };
  } catch (error) {
    if (error instanceof RecalcInputError) throw new AppError('validation', `計算できません: ${error.pageText()}`);
    throw error;
  }
}

async function saveHistory(db: Kysely<Database>, contract: { id: string; caseId: string }, rows: unknown, version: number) {
  const checkedRows = checked(transactionsSchema, rows);
  const future = futureDatedRows(checkedRows, todayInJapan());
  if (future.length > 0) throw new AppError('validation', `入力に誤りがあります: ${future[0]?.message}`, { fields: future });
  return db.transaction().execute(async (trx) => {
    const saved = await replaceTransactions(trx, contract.id, checkedRows, version);
    if (saved === undefined) throw historyConflict();
    await pauseForCrashTest();
    await touchCase(trx, contract.caseId);
    return saved;
  });
}

// Test hook for the crash test only: holds a history write open so a test can kill the server
// mid-write. Inert unless WAKAI_TEST_PAUSE_IN_SAVE_MS is set.
async function pauseForCrashTest() {
  const ms = Number(process.env.WAKAI_TEST_PAUSE_IN_SAVE_MS ?? 0);
  if (ms > 0) {
    process.stderr.write('wakai: saving history (paused for test)\n');
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

async function readHistoryFile(bytes: Uint8Array): Promise<HistoryImport> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return (await import('@wakai/documents/xlsx')).readHistoryXlsx(bytes);
  return readHistoryCsv(bytes);
}
