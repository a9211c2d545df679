// A contract as a record: read, edited (what an edit leaves out keeps its stored value), deleted.
import { contractSchema, schemaFields, withEdit } from '@wakai/core';
import { deleteContract, getCreditor, touchCase, type User, updateContract } from '@wakai/db';
import { contractOf } from '../access.js';
import { checked, conflict } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import { fieldChanges } from '../audit/field-changes.js';
import type { ServiceContext } from '../context.js';
import { contractLabel } from '../creditors/creditor-records.js';
import { editAt } from '../edit.js';
import { moveToTrash } from '../trash/trash.js';

export function getContract(ctx: ServiceContext, { user, contractId }: { user: User; contractId: string }) {
  return contractOf(ctx.db, user, contractId, 'debtor');
}

export async function editContract(ctx: ServiceContext, { user, contractId, body }: { user: User; contractId: string; body: unknown }) {
  const contract = await contractOf(ctx.db, user, contractId);
  const edit = editAt(body);
  const input = checked(contractSchema, withEdit(schemaFields(contractSchema, contract), edit.fields));
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateContract(trx, contract.id, input, edit.version);
    if (!updated) throw conflict();
    const label = contractLabel((await getCreditor(trx, contract.creditorId))?.name ?? '', updated);
    const changes = fieldChanges(schemaFields(contractSchema, contract), input);
    await logChange(trx, ctx, user, { caseId: contract.caseId, action: 'update', kind: 'contract', id: contract.id, label, changes });
    await touchCase(trx, contract.caseId);
    return updated;
  });
}

export async function removeContract(ctx: ServiceContext, { user, contractId }: { user: User; contractId: string }) {
  const contract = await contractOf(ctx.db, user, contractId);
  await ctx.db.transaction().execute(async (trx) => {
    const label = contractLabel((await getCreditor(trx, contract.creditorId))?.name ?? '', contract);
    await moveToTrash(trx, ctx, user, { caseId: contract.caseId, kind: 'contract', id: contract.id, label });
    await deleteContract(trx, contract.id);
    await touchCase(trx, contract.caseId);
  });
  return { deleted: contract.id };
}
