// Payments actually made under an agreement (返済実績), as opposed to the installments it schedules.
import type { PaymentInput } from '@wakai/core';
import { type Db, inBatches } from './db.js';

export interface StoredPayment extends PaymentInput {
  id: string;
  creditorId: string;
}

export function toPayment(row: { id: string; creditor_id: string; paid_on: string; amount: number; note: string }): StoredPayment {
  return { id: row.id, creditorId: row.creditor_id, paidOn: row.paid_on, amount: row.amount, note: row.note };
}

export async function insertPayment(db: Db, creditorId: string, input: PaymentInput): Promise<StoredPayment> {
  const row = await db
    .insertInto('payments')
    .values({ creditor_id: creditorId, paid_on: input.paidOn, amount: input.amount, note: input.note })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPayment(row);
}

/** Many payments at once (a case file), in order. */
export async function insertPayments(db: Db, creditorId: string, payments: readonly PaymentInput[]): Promise<void> {
  for (const batch of inBatches(payments))
    await db
      .insertInto('payments')
      .values(batch.map((p) => ({ creditor_id: creditorId, paid_on: p.paidOn, amount: p.amount, note: p.note })))
      .execute();
}

export async function deletePayment(db: Db, id: string): Promise<void> {
  await db.deleteFrom('payments').where('id', '=', id).execute();
}

export async function getPayment(db: Db, id: string): Promise<StoredPayment | undefined> {
  const row = await db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPayment(row);
}
