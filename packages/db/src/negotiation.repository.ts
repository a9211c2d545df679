// A creditor's whole negotiation in one read per table (the board reads every creditor's at once),
// and which creditor a record belongs to (for the access check).
import type { AgreementTerms } from '@wakai/core';
import { agreementTermsSchema } from '@wakai/core';
import type { AttachmentInfo } from './attachment.repository.js';
import { type StoredBreach, toBreach } from './breach.repository.js';
import { type StoredContact, toContact } from './contact.repository.js';
import type { Db } from './db.js';
import { type StoredOffer, toOffer } from './offer.repository.js';
import { type StoredPayment, toPayment } from './payment.repository.js';
import { type StoredStatusChange, standingAndUndone, type UndoneStatusChange } from './status-change.repository.js';

export interface StoredNegotiation {
  /** The steps that stand, in order (an undone step and its undo are in `undone` only). */
  changes: StoredStatusChange[];
  undone: UndoneStatusChange[];
  contacts: StoredContact[];
  offers: StoredOffer[];
  agreement: AgreementTerms | null;
  /** null until an agreement is first saved. */
  agreementVersion: number | null;
  payments: StoredPayment[];
  breaches: StoredBreach[];
}

/** Every negotiation record of the given creditors, in one read per table. */
export async function listNegotiations(db: Db, creditorIds: readonly string[]): Promise<Map<string, StoredNegotiation>> {
  const result = new Map<string, StoredNegotiation>(
    creditorIds.map((id) => [
      id,
      { changes: [], undone: [], contacts: [], offers: [], agreement: null, agreementVersion: null, payments: [], breaches: [] },
    ]),
  );
  if (creditorIds.length === 0) return result;
  // One after another: a transaction or PGlite has one connection anyway. Rows written together
  // share created_at: seq keeps the order they were written in (a case file's, say).
  const changes = await db
    .selectFrom('status_changes')
    .selectAll()
    .where('creditor_id', 'in', creditorIds)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  const contacts = await db.selectFrom('contacts').selectAll().where('creditor_id', 'in', creditorIds).orderBy('at', 'desc').execute();
  const attachments = await db
    .selectFrom('attachments')
    .innerJoin('contacts', 'contacts.id', 'attachments.contact_id')
    .select(['attachments.id', 'attachments.contact_id', 'attachments.file_name', 'attachments.content_type', 'attachments.size'])
    .where('contacts.creditor_id', 'in', creditorIds)
    .orderBy('attachments.created_at')
    .orderBy('attachments.seq')
    .execute();
  const offers = await db
    .selectFrom('offers')
    .selectAll()
    .where('creditor_id', 'in', creditorIds)
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  const agreements = await db.selectFrom('agreements').selectAll().where('creditor_id', 'in', creditorIds).execute();
  const payments = await db
    .selectFrom('payments')
    .selectAll()
    .where('creditor_id', 'in', creditorIds)
    .orderBy('paid_on')
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  const breaches = await db
    .selectFrom('agreement_breaches')
    .selectAll()
    .where('creditor_id', 'in', creditorIds)
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  const files = new Map<string, AttachmentInfo[]>();
  for (const a of attachments) {
    const list = files.get(a.contact_id) ?? [];
    list.push({ id: a.id, fileName: a.file_name, contentType: a.content_type, size: a.size });
    files.set(a.contact_id, list);
  }
  const of = (creditorId: string) => result.get(creditorId) as StoredNegotiation;
  for (const id of creditorIds) Object.assign(of(id), standingAndUndone(changes.filter((c) => c.creditor_id === id)));
  for (const c of contacts) of(c.creditor_id).contacts.push(toContact(c, files.get(c.id) ?? []));
  for (const o of offers) of(o.creditor_id).offers.push(toOffer(o));
  for (const a of agreements)
    Object.assign(of(a.creditor_id), { agreement: agreementTermsSchema.parse(a.terms), agreementVersion: a.version });
  for (const p of payments) of(p.creditor_id).payments.push(toPayment(p));
  for (const b of breaches) of(b.creditor_id).breaches.push(toBreach(b));
  return result;
}

/** Which creditor a contact, offer, payment, breach or attachment belongs to (for the access check). */
export async function creditorIdOf(
  db: Db,
  table: 'contacts' | 'offers' | 'payments' | 'agreement_breaches',
  id: string,
): Promise<string | undefined> {
  const row = await db.selectFrom(table).select('creditor_id').where('id', '=', id).executeTakeFirst();
  return row?.creditor_id;
}
