import { type CreditorInput, creditorSchema, type NegotiationStatus, originalCreditorSchema } from '@wakai/core';
import type { Selectable } from 'kysely';
import { listContracts, type StoredContract } from './contract.repository.js';
import type { Db } from './db.js';
import type { CreditorTable } from './schema.js';

export interface StoredCreditor extends CreditorInput {
  id: string;
  caseId: string;
  position: number;
  version: number;
  /** The negotiation step (changed only through changeStatus, which bumps the version). */
  status: NegotiationStatus;
}

const columns = [
  'id',
  'case_id',
  'position',
  'name',
  'kind',
  'guarantor_company',
  'contact',
  'note',
  'version',
  'negotiation_status',
  'original_creditor',
  'in_plan',
] as const;

function toCreditor(row: Pick<Selectable<CreditorTable>, (typeof columns)[number]>): StoredCreditor {
  return {
    id: row.id,
    caseId: row.case_id,
    position: row.position,
    name: row.name,
    kind: row.kind as CreditorInput['kind'],
    guarantorCompany: row.guarantor_company,
    contact: creditorSchema.shape.contact.parse(row.contact),
    note: row.note,
    originalCreditor: originalCreditorSchema.parse(row.original_creditor ?? null),
    inPlan: row.in_plan,
    version: row.version,
    status: row.negotiation_status as NegotiationStatus,
  };
}

function values(input: CreditorInput) {
  return {
    name: input.name,
    kind: input.kind,
    guarantor_company: input.guarantorCompany,
    contact: JSON.stringify(input.contact),
    note: input.note,
    original_creditor: input.originalCreditor === null ? null : JSON.stringify(input.originalCreditor),
    in_plan: input.inPlan,
  };
}

export async function listCreditors(db: Db, caseId: string): Promise<StoredCreditor[]> {
  const rows = await db.selectFrom('creditors').select(columns).where('case_id', '=', caseId).orderBy('position').execute();
  return rows.map(toCreditor);
}

export async function getCreditor(db: Db, id: string): Promise<StoredCreditor | undefined> {
  const row = await db.selectFrom('creditors').select(columns).where('id', '=', id).executeTakeFirst();
  return row && toCreditor(row);
}

export async function insertCreditor(db: Db, caseId: string, input: CreditorInput, position?: number): Promise<StoredCreditor> {
  const next =
    position ??
    Number(
      (
        await db
          .selectFrom('creditors')
          .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.val(-1)).as('last'))
          .where('case_id', '=', caseId)
          .executeTakeFirst()
      )?.last ?? -1,
    ) + 1;
  const row = await db
    .insertInto('creditors')
    .values({ case_id: caseId, position: next, ...values(input) })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toCreditor(row);
}

/** Undefined when the creditor is gone or was changed by someone else since `version`. */
export async function updateCreditor(db: Db, id: string, input: CreditorInput, version: number): Promise<StoredCreditor | undefined> {
  const row = await db
    .updateTable('creditors')
    .set((eb) => ({ ...values(input), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(columns)
    .executeTakeFirst();
  return row && toCreditor(row);
}

export async function deleteCreditor(db: Db, id: string): Promise<void> {
  await db.deleteFrom('creditors').where('id', '=', id).execute();
}

/** A case's creditors in order, each with its contracts in order. */
export async function listCreditorsWithContracts(db: Db, caseId: string): Promise<(StoredCreditor & { contracts: StoredContract[] })[]> {
  const creditors = await listCreditors(db, caseId);
  const contracts = await listContracts(
    db,
    creditors.map((creditor) => creditor.id),
  );
  return creditors.map((creditor) => ({ ...creditor, contracts: contracts.filter((contract) => contract.creditorId === creditor.id) }));
}
