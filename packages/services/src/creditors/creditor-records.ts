// Creditors of a case and their contracts as records: added, edited (what an edit leaves out keeps
// its stored value), deleted. A write and its mark on the case happen in one transaction.
import { contractSchema, creditorSchema, schemaFields, withEdit } from '@wakai/core';
import { deleteCreditor, insertContract, insertCreditor, touchCase, type User, updateCreditor } from '@wakai/db';
import { caseOf, creditorOf } from '../access.js';
import { checked, conflict } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { editAt } from '../edit.js';

export async function addCreditor(ctx: ServiceContext, { user, caseId, input }: { user: User; caseId: string; input: unknown }) {
  const stored = await caseOf(ctx.db, user, caseId);
  const creditor = checked(creditorSchema, input);
  return ctx.db.transaction().execute(async (trx) => {
    const added = await insertCreditor(trx, stored.id, creditor);
    await touchCase(trx, stored.id);
    return added;
  });
}

export async function editCreditor(ctx: ServiceContext, { user, creditorId, body }: { user: User; creditorId: string; body: unknown }) {
  const creditor = await creditorOf(ctx.db, user, creditorId);
  const edit = editAt(body);
  const input = checked(creditorSchema, withEdit(schemaFields(creditorSchema, creditor), edit.fields));
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateCreditor(trx, creditor.id, input, edit.version);
    if (!updated) throw conflict();
    await touchCase(trx, creditor.caseId);
    return updated;
  });
}

export async function removeCreditor(ctx: ServiceContext, { user, creditorId }: { user: User; creditorId: string }) {
  const creditor = await creditorOf(ctx.db, user, creditorId);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteCreditor(trx, creditor.id);
    await touchCase(trx, creditor.caseId);
  });
  return { deleted: creditor.id };
}

/** Another loan series with this creditor. */
export async function addContract(ctx: ServiceContext, { user, creditorId, input }: { user: User; creditorId: string; input: unknown }) {
  const creditor = await creditorOf(ctx.db, user, creditorId);
  const contract = checked(contractSchema, input);
  return ctx.db.transaction().execute(async (trx) => {
    const added = await insertContract(trx, creditor.id, contract);
    await touchCase(trx, creditor.caseId);
    return added;
  });
}
