import { type ContractInput, type ContractKind, contractHolderSchema, limitationFactsSchema, recalcOptionsSchema } from '@wakai/core';
import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { ContractTable } from './schema.js';

export interface StoredContract extends ContractInput {
  id: string;
  creditorId: string;
  position: number;
  version: number;
  /** Bumped by every history replacement (see replaceTransactions). */
  historyVersion: number;
}

const columns = [
  'id',
  'creditor_id',
  'position',
  'label',
  'contract_number',
  'contract_date',
  'contract_rate',
  'credit_limit',
  'claimed_balance',
  'monthly_payment',
  'due_day',
  'last_payment_date',
  'delinquent',
  'guarantor_person',
  'collateral',
  'purpose',
  'recalc_options',
  'holder',
  'identity_theft',
  'version',
  'history_version',
  'kind',
  'limitation_facts',
] as const;

type ContractRow = Pick<Selectable<ContractTable>, (typeof columns)[number]>;

function toContract(row: ContractRow): StoredContract {
  return {
    id: row.id,
    creditorId: row.creditor_id,
    position: row.position,
    label: row.label,
    ...(row.contract_number === null ? {} : { contractNumber: row.contract_number }),
    contractDate: row.contract_date,
    contractRate: row.contract_rate,
    creditLimit: row.credit_limit,
    claimedBalance: row.claimed_balance,
    monthlyPayment: row.monthly_payment,
    dueDay: row.due_day,
    lastPaymentDate: row.last_payment_date,
    delinquent: row.delinquent,
    guarantorPerson: row.guarantor_person,
    collateral: row.collateral,
    purpose: row.purpose,
    recalcOptions: recalcOptionsSchema.parse(row.recalc_options),
    kind: row.kind as ContractKind,
    limitation: limitationFactsSchema.parse(row.limitation_facts),
    holder: contractHolderSchema.parse(row.holder),
    identityTheft: row.identity_theft,
    version: row.version,
    historyVersion: row.history_version,
  };
}

function values(input: ContractInput) {
  return {
    label: input.label,
    contract_number: input.contractNumber ?? null,
    contract_date: input.contractDate,
    contract_rate: input.contractRate,
    credit_limit: input.creditLimit,
    claimed_balance: input.claimedBalance,
    monthly_payment: input.monthlyPayment,
    due_day: input.dueDay,
    last_payment_date: input.lastPaymentDate,
    delinquent: input.delinquent,
    guarantor_person: input.guarantorPerson,
    collateral: input.collateral,
    purpose: input.purpose,
    recalc_options: JSON.stringify(input.recalcOptions),
    kind: input.kind,
    limitation_facts: JSON.stringify(input.limitation),
    holder: JSON.stringify(input.holder),
    identity_theft: input.identityTheft,
  };
}

export async function listContracts(db: Db, creditorIds: readonly string[]): Promise<StoredContract[]> {
  if (creditorIds.length === 0) return [];
  const rows = await db
    .selectFrom('contracts')
    .select(columns)
    .where('creditor_id', 'in', creditorIds)
    .orderBy('creditor_id')
    .orderBy('position')
    .execute();
  return rows.map(toContract);
}

/** The contract with the case it belongs to (for the access check). */
export async function getContract(db: Db, id: string): Promise<(StoredContract & { caseId: string }) | undefined> {
  const row = await db
    .selectFrom('contracts')
    .innerJoin('creditors', 'creditors.id', 'contracts.creditor_id')
    .select(columns.map((c) => `contracts.${c}` as const))
    .select('creditors.case_id')
    .where('contracts.id', '=', id)
    .executeTakeFirst();
  return row && { ...toContract(row), caseId: row.case_id };
}

export async function insertContract(db: Db, creditorId: string, input: ContractInput, position?: number): Promise<StoredContract> {
  const next =
    position ??
    Number(
      (
        await db
          .selectFrom('contracts')
          .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.val(-1)).as('last'))
          .where('creditor_id', '=', creditorId)
          .executeTakeFirst()
      )?.last ?? -1,
    ) + 1;
  const row = await db
    .insertInto('contracts')
    .values({ creditor_id: creditorId, position: next, ...values(input) })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toContract(row);
}

/** Undefined when the contract is gone or was changed by someone else since `version`. */
export async function updateContract(db: Db, id: string, input: ContractInput, version: number): Promise<StoredContract | undefined> {
  const row = await db
    .updateTable('contracts')
    .set((eb) => ({ ...values(input), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(columns)
    .executeTakeFirst();
  return row && toContract(row);
}

export async function deleteContract(db: Db, id: string): Promise<void> {
  await db.deleteFrom('contracts').where('id', '=', id).execute();
}
