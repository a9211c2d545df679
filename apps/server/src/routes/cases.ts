import {
  assetsSchema,
  budgetSchema,
  caseContentSchema,
  caseFile,
  caseFileSchema,
  caseOverview,
  creditorSchema,
  debtorSchema,
  diagnose,
  diagnosisCreditors,
  diagnosisSettingsSchema,
  feeQuoteSchema,
  type HistoryFigures,
  planSettingsOf,
  stepNormsSchema,
  text,
} from '@wakai/core';
import {
  countTransactions,
  type Database,
  deleteCase,
  insertCase,
  insertCaseContent,
  insertCreditor,
  listCases,
  listCreditorsWithContracts,
  readCaseContent,
  updateCase,
} from '@wakai/db';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError, conflict, notFound } from '../app-error.js';
import { checkCaseFileAttachments } from '../attachment-check.js';
import type { Env } from '../auth.js';
import { caseOf } from '../case-access.js';
import type { FiguresFor } from '../case-negotiation.js';
import { checked, editInput, jsonInput } from '../request-input.js';
import { todayInJapan } from '../today.js';

const newCaseSchema = z.object({ title: text('案件名', { max: 200 }), debtor: debtorSchema });

/** The parts of a case an edit may change; a part left out of the edit stays as stored. */
const caseFieldsSchema = z.object({
  title: text('案件名', { max: 200 }),
  debtor: debtorSchema,
  budget: budgetSchema,
  assets: assetsSchema,
  feeQuotes: z.array(feeQuoteSchema).max(20),
  stepNorms: stepNormsSchema,
});

const emptyBudget = budgetSchema.parse({});
const emptyAssets = assetsSchema.parse({});

export function caseRoutes(db: Kysely<Database>, figuresFor: FiguresFor) {
  const app = new Hono<Env>();

  app.get('/', async (c) => c.json(await listCases(db, c.var.user.id, (c.req.query('q') ?? '').slice(0, 100))));

  app.post('/', async (c) => {
    const input = await jsonInput(c, newCaseSchema);
    const stored = await insertCase(db, c.var.user.id, { ...input, budget: emptyBudget, assets: emptyAssets });
    return c.json(stored, 201);
  });

  /** A case file (wakai export), stored as a new case in one transaction; its attachments checked as uploads are. */
  app.post('/import', async (c) => {
    const file = await jsonInput(c, caseFileSchema);
    const checkedFile = await checkCaseFileAttachments(file.case);
    if (!checkedFile.ok)
      throw new AppError('validation', `添付ファイルに誤りがあるため、取り込んでいません: ${checkedFile.problems[0]?.ja}`, {
        fields: checkedFile.problems.map((problem) => ({ path: problem.path, message: problem.ja })),
      });
    const stored = await insertCaseContent(db, c.var.user.id, checkedFile.content);
    return c.json(stored, 201);
  });

  app.get('/:caseId', async (c) => {
    const stored = await caseOf(db, c.var.user, c.req.param('caseId'));
    const creditors = await listCreditorsWithContracts(db, stored.id);
    const counts = await countTransactions(
      db,
      creditors.flatMap((creditor) => creditor.contracts.map((k) => k.id)),
    );
    return c.json({
      case: stored,
      creditors: creditors.map((creditor) => ({
        ...creditor,
        contracts: creditor.contracts.map((k) => ({ ...k, transactionCount: counts.get(k.id) ?? 0 })),
      })),
    });
  });

  app.patch('/:caseId', async (c) => {
    const stored = await caseOf(db, c.var.user, c.req.param('caseId'));
    const { input, version, given } = await editInput(c, caseFieldsSchema, stored);
    const parts = Object.fromEntries(given.map((part) => [part, input[part as keyof typeof input]]));
    const updated = await updateCase(db, stored.id, parts, version);
    if (!updated) throw conflict();
    return c.json(updated);
  });

  app.delete('/:caseId', async (c) => {
    const stored = await caseOf(db, c.var.user, c.req.param('caseId'));
    await deleteCase(db, stored.id);
    return c.json({ deleted: stored.id });
  });

  app.get('/:caseId/overview', async (c) => {
    const stored = await caseOf(db, c.var.user, c.req.param('caseId'));
    const creditors = await listCreditorsWithContracts(db, stored.id);
    const figures = await figuresFor(
      db,
      creditors.flatMap((creditor) => creditor.contracts),
    );
    const overview = caseOverview(
      creditors.map((creditor) => ({
        name: creditor.name,
        contracts: creditor.contracts.map((k) => ({ ...k, history: figures.get(k.id) as HistoryFigures })),
      })),
      stored.budget,
    );
    return c.json({
      ...overview,
      creditors: overview.creditors.map((figures, index) => ({ id: creditors[index]?.id, kind: creditors[index]?.kind, ...figures })),
    });
  });

  /** The diagnosis: its inputs (the web page recomputes them as sliders move) and the result for the query's settings. */
  app.get('/:caseId/diagnosis', async (c) => {
    const stored = await caseOf(db, c.var.user, c.req.param('caseId'));
    const today = todayInJapan();
    const creditors = await listCreditorsWithContracts(db, stored.id);
    const figures = await figuresFor(
      db,
      creditors.flatMap((creditor) => creditor.contracts),
      today,
    );
    const input = {
      today,
      debtor: stored.debtor,
      budget: stored.budget,
      assets: stored.assets,
      creditors: diagnosisCreditors(
        creditors.map((cr) => ({ ...cr, contracts: cr.contracts.map((k) => ({ ...k, history: figures.get(k.id) as HistoryFigures })) })),
      ),
    };
    const query = c.req.query();
    const settings = checked(
      diagnosisSettingsSchema,
      Object.fromEntries(
        Object.entries(query).map(([key, value]) => [
          key,
          key === 'remainder' ? value : key === 'smallItemsKept' ? value === 'true' : Number(value),
        ]),
      ),
    );
    const result = diagnose({
      ...input,
      plan: planSettingsOf(settings),
      safetyMargin: settings.safetyMargin,
      smallItemsKept: settings.smallItemsKept,
    });
    return c.json({ input, settings, result, feeQuotes: stored.feeQuotes, version: stored.version });
  });

  app.get('/:caseId/export', async (c) => {
    const stored = await caseOf(db, c.var.user, c.req.param('caseId'));
    const content = await readCaseContent(db, stored.id);
    if (!content) throw notFound();
    const file = caseFile(checked(caseContentSchema, content), new Date().toISOString());
    const name = encodeURIComponent(`${stored.title || stored.debtor.name}.wakai.json`);
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${name}`);
    return c.json(file);
  });

  app.post('/:caseId/creditors', async (c) => {
    const stored = await caseOf(db, c.var.user, c.req.param('caseId'));
    const creditor = await jsonInput(c, creditorSchema);
    return c.json(await insertCreditor(db, stored.id, creditor), 201);
  });

  return app;
}
