// Breaches of an agreement (a creditor that does not keep it), kept as the validated breach JSON.
import { type BreachInput, breachSchema } from '@wakai/core';
import { type Db, inBatches } from './db.js';

export interface StoredBreach extends BreachInput {
  id: string;
  creditorId: string;
  version: number;
}

/** A stored breach, its JSON read through the schema (never trusted as it lies in the column). */
export function toBreach(row: { id: string; creditor_id: string; breach: object; version: number }): StoredBreach {
  return { ...breachSchema.parse(row.breach), id: row.id, creditorId: row.creditor_id, version: row.version };
}

export async function insertBreach(db: Db, creditorId: string, input: BreachInput): Promise<StoredBreach> {
  const row = await db
    .insertInto('agreement_breaches')
    .values({ creditor_id: creditorId, breach: JSON.stringify(input) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBreach(row);
}

/** Many breaches at once (a case file), in order. */
export async function insertBreaches(db: Db, creditorId: string, breaches: readonly BreachInput[]): Promise<void> {
  for (const batch of inBatches(breaches))
    await db
      .insertInto('agreement_breaches')
      .values(batch.map((breach) => ({ creditor_id: creditorId, breach: JSON.stringify(breach) })))
      .execute();
}

export async function getBreach(db: Db, id: string): Promise<StoredBreach | undefined> {
  const row = await db.selectFrom('agreement_breaches').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toBreach(row);
}

/** Undefined when the breach was changed by someone else since `version`. */
export async function updateBreach(db: Db, id: string, input: BreachInput, version: number): Promise<StoredBreach | undefined> {
  const row = await db
    .updateTable('agreement_breaches')
    .set((eb) => ({ breach: JSON.stringify(input), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row && toBreach(row);
}

export async function deleteBreach(db: Db, id: string): Promise<void> {
  await db.deleteFrom('agreement_breaches').where('id', '=', id).execute();
}
