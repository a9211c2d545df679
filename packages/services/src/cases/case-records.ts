// A case as a record: listed, created, read with its creditors and contracts, edited part by part
// (what an edit leaves out keeps its stored value), deleted.
import {
  assetsSchema,
  budgetSchema,
  checklistStateSchema,
  debtorSchema,
  feeQuoteSchema,
  stepNormsSchema,
  text,
  withEdit,
} from '@wakai/core';
import {
  countTransactions,
  deleteCase,
  insertCase,
  listCases,
  listCasesPage,
  listCreditorsWithContracts,
  type StoredCase,
  type User,
  updateCase,
} from '@wakai/db';
import { z } from 'zod';
import { caseAccess, caseOf, forbidden, requireOwnerRole } from '../access.js';
import { checked, conflict } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import { fieldChanges } from '../audit/field-changes.js';
import type { ServiceContext } from '../context.js';
import { editAt } from '../edit.js';
import { readableCreditor } from '../readable.js';
import { moveToTrash } from '../trash/trash.js';

export const newCaseSchema = z.object({ title: text('案件名', { max: 200 }), debtor: debtorSchema });

/** The parts of a case an edit may change; a part left out of the edit stays as stored. */
export const caseFieldsSchema = z.object({
  title: text('案件名', { max: 200 }),
  debtor: debtorSchema,
  budget: budgetSchema,
  assets: assetsSchema,
  feeQuotes: z.array(feeQuoteSchema).max(20),
  stepNorms: stepNormsSchema,
  officeActs: z.boolean({ error: '事務所が代理しているかを選んでください' }).nullable(),
  checklist: checklistStateSchema,
});

/** What the debtor may change of their own case: their details, the budget, their assets. */
const debtorParts: readonly string[] = ['debtor', 'budget', 'assets'];

/** The user's cases, latest change first; `search` matches the title, the debtor's name or furigana. */
export function listCasesOf(ctx: ServiceContext, { user, search = '' }: { user: User; search?: string }) {
  return listCases(ctx.db, user.id, search.slice(0, 100));
}

/** `?page=&limit=` as texts: one page of a list counted in the database. */
export const pageQuerySchema = z.object({
  page: z.coerce
    .number({ error: 'ページ(page)は1以上の整数で指定してください' })
    .int({ error: 'ページ(page)は1以上の整数で指定してください' })
    .min(1, { error: 'ページ(page)は1以上の整数で指定してください' })
    .max(100_000, { error: 'ページ(page)が大きすぎます' })
    .default(1),
  limit: z.coerce
    .number({ error: '件数(limit)は1〜200の整数で指定してください' })
    .int({ error: '件数(limit)は1〜200の整数で指定してください' })
    .min(1, { error: '件数(limit)は1〜200の整数で指定してください' })
    .max(200, { error: '件数(limit)は1〜200の整数で指定してください' })
    .default(50),
});

/** One page of the user's cases (`?page=&limit=` as texts), searched and counted in the database. */
export function pageOfCases(
  ctx: ServiceContext,
  { user, search = '', query }: { user: User; search?: string; query: { page?: string; limit?: string } },
) {
  const { page, limit } = checked(pageQuerySchema, query);
  return listCasesPage(ctx.db, user.id, { search: search.slice(0, 100), page, limit });
}

export async function createCase(ctx: ServiceContext, { user, input }: { user: User; input: unknown }): Promise<StoredCase> {
  requireOwnerRole(user);
  const checkedInput = checked(newCaseSchema, input);
  return ctx.db.transaction().execute(async (trx) => {
    const created = await insertCase(trx, user.id, { ...checkedInput, budget: budgetSchema.parse({}), assets: assetsSchema.parse({}) });
    await logChange(trx, ctx, user, { caseId: created.id, action: 'create', kind: 'case', id: created.id, label: caseLabel(created) });
    return created;
  });
}

/** The case with its creditors in order, each with its contracts and how many transactions each holds. */
export async function caseDetail(ctx: ServiceContext, { user, caseId }: { user: User; caseId: string }) {
  const { stored, as } = await caseAccess(ctx.db, user, caseId, 'debtor');
  const creditors = await listCreditorsWithContracts(ctx.db, stored.id);
  const counts = await countTransactions(
    ctx.db,
    creditors.flatMap((creditor) => creditor.contracts.map((k) => k.id)),
  );
  return {
    case: stored,
    creditors: creditors.map((creditor) => ({
      ...readableCreditor(creditor, as),
      contracts: creditor.contracts.map((k) => ({ ...k, transactionCount: counts.get(k.id) ?? 0 })),
    })),
  };
}

/** Writes only the parts the edit names, only at the version it was made against. */
export async function editCase(
  ctx: ServiceContext,
  { user, caseId, body }: { user: User; caseId: string; body: unknown },
): Promise<StoredCase> {
  const { stored, as } = await caseAccess(ctx.db, user, caseId, 'debtor');
  const edit = editAt(body);
  const input = checked(caseFieldsSchema, withEdit(stored, edit.fields));
  const given = Object.keys(edit.fields).filter((part) => part in caseFieldsSchema.shape) as (keyof typeof input)[];
  if (as === 'debtor' && given.some((part) => !debtorParts.includes(part))) throw forbidden(user);
  const parts = Object.fromEntries(given.map((part) => [part, input[part]]));
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateCase(trx, stored.id, parts, edit.version);
    if (!updated) throw conflict();
    const changes = fieldChanges(Object.fromEntries(given.map((part) => [part, stored[part]])), parts);
    await logChange(trx, ctx, user, {
      caseId: stored.id,
      action: 'update',
      kind: 'case',
      id: stored.id,
      label: caseLabel(updated),
      changes,
    });
    return updated;
  });
}

export async function removeCase(ctx: ServiceContext, { user, caseId }: { user: User; caseId: string }) {
  const stored = await caseOf(ctx.db, user, caseId, 'owner');
  await ctx.db.transaction().execute(async (trx) => {
    await moveToTrash(trx, ctx, user, { caseId: stored.id, kind: 'case', id: stored.id, label: caseLabel(stored) });
    await deleteCase(trx, stored.id);
  });
  return { deleted: stored.id };
}

/** How the log and the trash name a case: the debtor, and the title where there is one. */
export function caseLabel(stored: Pick<StoredCase, 'title' | 'debtor'>): string {
  return stored.title ? `${stored.debtor.name}(${stored.title})` : stored.debtor.name;
}
