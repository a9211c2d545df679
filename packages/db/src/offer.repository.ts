// Offers from either side (和解案), kept as the validated offer JSON with the contact it came in.
import { type OfferInput, offerSchema } from '@wakai/core';
import { type Db, inBatches } from './db.js';

export interface StoredOffer extends OfferInput {
  id: string;
  creditorId: string;
  version: number;
}

/** A stored offer, its JSON read through the offer schema (never trusted as it lies in the column). */
export function toOffer(row: { id: string; creditor_id: string; contact_id: string | null; offer: object; version: number }): StoredOffer {
  return {
    ...offerSchema.parse({ ...row.offer, contactId: row.contact_id }),
    id: row.id,
    creditorId: row.creditor_id,
    version: row.version,
  };
}

const offerJson = ({ contactId: _, ...offer }: OfferInput) => JSON.stringify(offer);

export async function insertOffer(db: Db, creditorId: string, input: OfferInput): Promise<StoredOffer> {
  const row = await db
    .insertInto('offers')
    .values({ creditor_id: creditorId, contact_id: input.contactId, offer: offerJson(input) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOffer(row);
}

/** Many offers at once (a case file), in order. */
export async function insertOffers(db: Db, creditorId: string, offers: readonly OfferInput[]): Promise<void> {
  for (const batch of inBatches(offers))
    await db
      .insertInto('offers')
      .values(batch.map((offer) => ({ creditor_id: creditorId, contact_id: offer.contactId, offer: offerJson(offer) })))
      .execute();
}

export async function getOffer(db: Db, id: string): Promise<StoredOffer | undefined> {
  const row = await db.selectFrom('offers').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOffer(row);
}

/** Undefined when the offer was changed by someone else since `version`. */
export async function updateOffer(db: Db, id: string, input: OfferInput, version: number): Promise<StoredOffer | undefined> {
  const row = await db
    .updateTable('offers')
    .set((eb) => ({ contact_id: input.contactId, offer: offerJson(input), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row && toOffer(row);
}

export async function deleteOffer(db: Db, id: string): Promise<void> {
  await db.deleteFrom('offers').where('id', '=', id).execute();
}
