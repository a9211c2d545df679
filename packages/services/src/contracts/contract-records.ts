// A contract as a record: read, edited (what an edit leaves out keeps its stored value), deleted.
import { contractSchema, schemaFields, withEdit } from '@wakai/core';
import { deleteContract, touchCase, type User, updateContract } from '@wakai/db';
import { contractOf } from '../access.js';
import { checked, conflict } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { editAt } from '../edit.js';

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
    await touchCase(trx, contract.caseId);
    return updated;
  });
}

export async function removeContract(ctx: ServiceContext, { user, contractId }: { user: User; contractId: string }) {
  const contract = await contractOf(ctx.db, user, contractId);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteContract(trx, contract.id);
    await touchCase(trx, contract.caseId);
  });
  return { deleted: contract.id };
}
