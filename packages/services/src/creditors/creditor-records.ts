// Creditors of a case and their contracts as records: added, edited (what an edit leaves out keeps
// its stored value), deleted. A write and its mark on the case happen in one transaction.
import { contractSchema, creditorSchema, schemaFields, withEdit } from '@wakai/core';
import { deleteCreditor, insertContract, insertCreditor, touchCase, type User, updateCreditor } from '@wakai/db';
import { caseOf, creditorOf } from '../access.js';
import { checked, conflict } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import { fieldChanges } from '../audit/field-changes.js';
import type { ServiceContext } from '../context.js';
import { editAt } from '../edit.js';
import { moveToTrash } from '../trash/trash.js';

export async function addCreditor(ctx: ServiceContext, { user, caseId, input }: { user: User; caseId: string; input: unknown }) {
  const stored = await caseOf(ctx.db, user, caseId);
  const creditor = checked(creditorSchema, input);
  return ctx.db.transaction().execute(async (trx) => {
    const added = await insertCreditor(trx, stored.id, creditor);
    await logChange(trx, ctx, user, { caseId: stored.id, action: 'create', kind: 'creditor', id: added.id, label: added.name });
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
    const changes = fieldChanges(schemaFields(creditorSchema, creditor), input);
    await logChange(trx, ctx, user, {
      caseId: creditor.caseId,
      action: 'update',
      kind: 'creditor',
      id: creditor.id,
      label: updated.name,
      changes,
    });
    await touchCase(trx, creditor.caseId);
    return updated;
  });
}

export async function removeCreditor(ctx: ServiceContext, { user, creditorId }: { user: User; creditorId: string }) {
  const creditor = await creditorOf(ctx.db, user, creditorId);
  await ctx.db.transaction().execute(async (trx) => {
    await moveToTrash(trx, ctx, user, { caseId: creditor.caseId, kind: 'creditor', id: creditor.id, label: creditor.name });
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
    await logChange(trx, ctx, user, {
      caseId: creditor.caseId,
      action: 'create',
      kind: 'contract',
      id: added.id,
      label: contractLabel(creditor.name, added),
    });
    await touchCase(trx, creditor.caseId);
    return added;
  });
}

/** How the log and the trash name a contract: its creditor and its label or number. */
export function contractLabel(creditorName: string, contract: { label: string; contractNumber?: string }): string {
  const own = contract.label || contract.contractNumber || '契約';
  return `${creditorName} ${own}`;
}
