import {
  describeProblem,
  engineTransactions,
  formatRatePercent,
  type HistoryImport,
  RecalcInputError,
  readHistoryCsv,
  recalcJson,
  recalcOptionsSchema,
  recalculate,
  recalcVariants,
  type TransactionInput,
  transactionsSchema,
} from '@wakai/core';
import { type Database, deleteContract, listTransactions, replaceTransactions, touchCase, updateContract } from '@wakai/db';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { AppError, conflict } from '../app-error.js';
import type { Env } from '../auth.js';
import { contractOf } from '../case-access.js';
import { checked, jsonInput } from '../request-input.js';
import { contractInputSchema } from './creditors.js';

export function contractRoutes(db: Kysely<Database>) {
  const app = new Hono<Env>();

  app.get('/:contractId', async (c) => c.json(await contractOf(db, c.var.user, c.req.param('contractId'))));

  app.put('/:contractId', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const { version, ...input } = await jsonInput(c, contractInputSchema);
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

  app.get('/:contractId/transactions', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    return c.json((await listTransactions(db, [contract.id])).get(contract.id) ?? []);
  });

  /** The whole history at once, checked row by row, saved in one transaction. */
  app.put('/:contractId/transactions', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const rows = await jsonInput(c, transactionsSchema);
    await saveHistory(db, contract, rows);
    return c.json({ saved: rows.length });
  });

  /**
   * A CSV or XLSX history file in the body. `?commit=1` saves it (replacing the history) if every
   * row is right; without it, only the preview. A file with any bad row saves nothing.
   */
  app.post('/:contractId/import', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
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
    const commit = c.req.query('commit') === '1';
    if (commit)
      await saveHistory(
        db,
        contract,
        rows.map(({ line: _, ...row }) => row),
      );
    return c.json({ saved: commit, transactions: rows, asOf: read.asOf ?? null, ignoredColumns: read.ignoredColumns });
  });

  /** The ledger with every row's working, and what each other convention would give. */
  app.get('/:contractId/recalc', async (c) => {
    const contract = await contractOf(db, c.var.user, c.req.param('contractId'));
    const query = c.req.query();
    const requested = checked(recalcOptionsSchema, {
      ...query,
      ...(query.gapDays === undefined ? {} : { gapDays: Number(query.gapDays) }),
      ...(query.openingBalance === undefined ? {} : { openingBalance: Number(query.openingBalance) }),
    });
    const chosen = { ...contract.recalcOptions, ...requested };
    // At the contract rate, the rate stored with the contract stands where the history states none.
    const options =
      chosen.rate === 'contract' && contract.contractRate !== null ? { ...chosen, contractRate: contract.contractRate } : chosen;
    const history = engineTransactions((await listTransactions(db, [contract.id])).get(contract.id) ?? []);
    if (history.length === 0) return c.json({ empty: true });
    try {
      const result = recalculate(history, options);
      return c.json({ ...recalcJson(result, { working: true }), variants: recalcVariants(history, options) });
    } catch (error) {
      if (error instanceof RecalcInputError) throw new AppError('validation', `計算できません: ${error.pageText()}`);
      throw error;
    }
  });

  return app;
}

async function saveHistory(db: Kysely<Database>, contract: { id: string; caseId: string }, rows: readonly TransactionInput[]) {
  const checkedRows = checked(transactionsSchema, rows);
  await db.transaction().execute(async (trx) => {
    await replaceTransactions(trx, contract.id, checkedRows);
    await pauseForCrashTest();
    await touchCase(trx, contract.caseId);
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
