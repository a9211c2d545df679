// The records of a negotiation: contacts, offers, the written agreement, payments — each added,
// corrected (what an edit leaves out keeps its stored value, at the version it was made against)
// or removed, the write and the case's mark in one transaction.
import { agreementTermsSchema, contactSchema, offerSchema, paymentSchema, schemaFields, withEdit } from '@wakai/core';
import {
  creditorIdOf,
  type Db,
  deleteContact,
  deleteOffer,
  deletePayment,
  getAgreement,
  getContact,
  getOffer,
  insertContact,
  insertOffer,
  insertPayment,
  type StoredContact,
  type StoredOffer,
  saveAgreement,
  touchCase,
  type User,
  updateContact,
  updateOffer,
} from '@wakai/db';
import { creditorOf, creditorOfRecord, creditorWithCase } from '../access.js';
import { AppError, checked, conflict } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { editAt, editOf } from '../edit.js';
import { draftWarnings } from './creditor-coach.js';

/** `write` and the case's mark of a change, together. */
function withTouch<T>(ctx: ServiceContext, caseId: string, write: (trx: Db) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const result = await write(trx);
    await touchCase(trx, caseId);
    return result;
  });
}

export async function recordContact(ctx: ServiceContext, { user, creditorId, input }: { user: User; creditorId: string; input: unknown }) {
  const { creditor, stored } = await creditorWithCase(ctx.db, user, creditorId);
  const contact = checked(contactSchema, input);
  const saved = await withTouch(ctx, creditor.caseId, (trx) => insertContact(trx, creditor.id, contact));
  // The coach's warnings come back with the record (the form showed the same before saving).
  return { ...saved, warnings: await draftWarnings(ctx, stored, creditor.id, { kind: 'contact', contact }) };
}

export async function editContact(ctx: ServiceContext, { user, contactId, body }: { user: User; contactId: string; body: unknown }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'contacts', contactId);
  const edit = editAt(body);
  const stored = (await getContact(ctx.db, contactId)) as StoredContact;
  const contact = checked(contactSchema, withEdit(schemaFields(contactSchema, stored), edit.fields));
  await withTouch(ctx, creditor.caseId, async (trx) => {
    if (!(await updateContact(trx, contactId, contact, edit.version))) throw conflict();
  });
  return { saved: true };
}

export async function removeContact(ctx: ServiceContext, { user, contactId }: { user: User; contactId: string }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'contacts', contactId);
  await withTouch(ctx, creditor.caseId, (trx) => deleteContact(trx, contactId));
  return { deleted: contactId };
}

/** An offer may name only a contact of its own creditor. */
async function checkContactOf(db: Db, creditorId: string, contactId: string | null) {
  if (contactId !== null && (await creditorIdOf(db, 'contacts', contactId)) !== creditorId)
    throw new AppError('validation', 'その連絡記録はこの債権者のものではありません', {
      fields: [{ path: ['contactId'], message: '連絡記録を選び直してください' }],
    });
}

export async function recordOffer(ctx: ServiceContext, { user, creditorId, input }: { user: User; creditorId: string; input: unknown }) {
  const { creditor, stored } = await creditorWithCase(ctx.db, user, creditorId);
  const offer = checked(offerSchema, input);
  await checkContactOf(ctx.db, creditor.id, offer.contactId);
  const saved = await withTouch(ctx, creditor.caseId, (trx) => insertOffer(trx, creditor.id, offer));
  return { ...saved, warnings: await draftWarnings(ctx, stored, creditor.id, { kind: 'offer', offer }) };
}

export async function editOffer(ctx: ServiceContext, { user, offerId, body }: { user: User; offerId: string; body: unknown }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'offers', offerId);
  const edit = editAt(body);
  const stored = (await getOffer(ctx.db, offerId)) as StoredOffer;
  const offer = checked(offerSchema, withEdit(schemaFields(offerSchema, stored), edit.fields));
  await checkContactOf(ctx.db, creditor.id, offer.contactId);
  return withTouch(ctx, creditor.caseId, async (trx) => {
    const updated = await updateOffer(trx, offerId, offer, edit.version);
    if (!updated) throw conflict();
    return updated;
  });
}

export async function removeOffer(ctx: ServiceContext, { user, offerId }: { user: User; offerId: string }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'offers', offerId);
  await withTouch(ctx, creditor.caseId, (trx) => deleteOffer(trx, offerId));
  return { deleted: offerId };
}

/** The agreement's terms; `version` null for the first save. */
export async function saveAgreementTerms(
  ctx: ServiceContext,
  { user, creditorId, body }: { user: User; creditorId: string; body: unknown },
) {
  const creditor = await creditorOf(ctx.db, user, creditorId);
  const edit = editOf(body, { firstSave: true });
  const stored = await getAgreement(ctx.db, creditor.id);
  const terms = checked(agreementTermsSchema, withEdit(stored?.terms ?? {}, edit.fields));
  const version = await withTouch(ctx, creditor.caseId, async (trx) => {
    const saved = await saveAgreement(trx, creditor.id, terms, edit.version);
    if (saved === undefined) throw conflict();
    return saved;
  });
  return { version };
}

/** A payment made; never dated after today. */
export async function recordPayment(ctx: ServiceContext, { user, creditorId, input }: { user: User; creditorId: string; input: unknown }) {
  const creditor = await creditorOf(ctx.db, user, creditorId);
  const payment = checked(paymentSchema, input);
  if (payment.paidOn > ctx.today())
    throw new AppError('validation', `支払日(${payment.paidOn})が今日より後です`, {
      fields: [{ path: ['paidOn'], message: '支払日は今日以前にしてください' }],
    });
  return withTouch(ctx, creditor.caseId, (trx) => insertPayment(trx, creditor.id, payment));
}

export async function removePayment(ctx: ServiceContext, { user, paymentId }: { user: User; paymentId: string }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'payments', paymentId);
  await withTouch(ctx, creditor.caseId, (trx) => deletePayment(trx, paymentId));
  return { deleted: paymentId };
}
