// The records of a negotiation: contacts, offers, the written agreement, payments — each added,
// corrected (what an edit leaves out keeps its stored value, at the version it was made against)
// or removed, the write and the case's mark in one transaction.
import {
  agreementTermsSchema,
  breachKindLabels,
  breachSchema,
  contactSchema,
  offerSchema,
  paymentSchema,
  schemaFields,
  withEdit,
} from '@wakai/core';
import {
  creditorIdOf,
  type Db,
  deleteBreach,
  deleteContact,
  deleteOffer,
  deletePayment,
  getAgreement,
  getBreach,
  getContact,
  getOffer,
  getPayment,
  insertBreach,
  insertContact,
  insertOffer,
  insertPayment,
  type StoredBreach,
  type StoredContact,
  type StoredOffer,
  saveAgreement,
  touchCase,
  type User,
  updateBreach,
  updateContact,
  updateOffer,
} from '@wakai/db';
import { caseOf, creditorOf, creditorOfRecord, creditorWithCase } from '../access.js';
import { AppError, checked, conflict } from '../app-error.js';
import { type CaseChange, logChange } from '../audit/case-log.js';
import { fieldChanges } from '../audit/field-changes.js';
import type { ServiceContext } from '../context.js';
import { editAt, editOf } from '../edit.js';
import { moveToTrash, type TrashKind } from '../trash/trash.js';
import { draftWarnings } from './creditor-coach.js';
import { refuseUnconfirmedTimeBarred } from './time-barred-guard.js';

/** `write`, its entry in the case's log (made from what it wrote) and the case's mark of a change, together. */
function withTouch<T>(
  ctx: ServiceContext,
  caseId: string,
  write: (trx: Db) => Promise<T>,
  log?: { user: User; change: (result: T) => Omit<CaseChange, 'caseId'> },
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const result = await write(trx);
    if (log) await logChange(trx, ctx, log.user, { caseId, ...log.change(result) });
    await touchCase(trx, caseId);
    return result;
  });
}

/** A delete that keeps the record in the trash (and logs it) before it goes. */
function trashed(
  ctx: ServiceContext,
  user: User,
  caseId: string,
  item: { kind: TrashKind; id: string; label: string },
  remove: (trx: Db) => Promise<void>,
) {
  return withTouch(ctx, caseId, async (trx) => {
    await moveToTrash(trx, ctx, user, { caseId, ...item });
    await remove(trx);
  });
}

const contactLabel = (creditorName: string, contact: { at: string; summary: string }) =>
  `${creditorName} ${contact.at.slice(0, 10)} ${contact.summary.slice(0, 30)}`;

export async function recordContact(ctx: ServiceContext, { user, creditorId, input }: { user: User; creditorId: string; input: unknown }) {
  const { creditor, stored } = await creditorWithCase(ctx.db, user, creditorId);
  const contact = checked(contactSchema, input);
  // The coach's warnings come back with the record (the form showed the same before saving). Read
  // before the write: nothing after the commit may fail the request (a retry would record it twice).
  const warnings = await draftWarnings(ctx, stored, creditor.id, { kind: 'contact', contact });
  const saved = await withTouch(ctx, creditor.caseId, (trx) => insertContact(trx, creditor.id, contact), {
    user,
    change: (added) => ({ action: 'create', kind: 'contact', id: added.id, label: contactLabel(creditor.name, contact) }),
  });
  return { ...saved, warnings };
}

export async function editContact(ctx: ServiceContext, { user, contactId, body }: { user: User; contactId: string; body: unknown }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'contacts', contactId);
  const edit = editAt(body);
  const stored = (await getContact(ctx.db, contactId)) as StoredContact;
  const contact = checked(contactSchema, withEdit(schemaFields(contactSchema, stored), edit.fields));
  const changes = fieldChanges(schemaFields(contactSchema, stored), contact);
  await withTouch(
    ctx,
    creditor.caseId,
    async (trx) => {
      if (!(await updateContact(trx, contactId, contact, edit.version))) throw conflict();
    },
    { user, change: () => ({ action: 'update', kind: 'contact', id: contactId, label: contactLabel(creditor.name, contact), changes }) },
  );
  return { saved: true };
}

export async function removeContact(ctx: ServiceContext, { user, contactId }: { user: User; contactId: string }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'contacts', contactId);
  const stored = (await getContact(ctx.db, contactId)) as StoredContact;
  const label = contactLabel(creditor.name, stored);
  await trashed(ctx, user, creditor.caseId, { kind: 'contact', id: contactId, label }, (trx) => deleteContact(trx, contactId));
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
  // The debtor's own offer, or one recorded as accepted, acknowledges the debt; a creditor's offer does not.
  if (offer.from === 'debtor' || offer.status === 'accepted')
    await refuseUnconfirmedTimeBarred(ctx, stored, {
      creditorId: creditor.id,
      step: offer.status === 'accepted' ? 'acceptance' : 'offer',
      body: input,
    });
  // Before the write, as for a contact: nothing after the commit may fail the request.
  const warnings = await draftWarnings(ctx, stored, creditor.id, { kind: 'offer', offer });
  const saved = await withTouch(ctx, creditor.caseId, (trx) => insertOffer(trx, creditor.id, offer), {
    user,
    change: (added) => ({ action: 'create', kind: 'offer', id: added.id, label: offerLabel(creditor.name, offer) }),
  });
  return { ...saved, warnings };
}

export async function editOffer(ctx: ServiceContext, { user, offerId, body }: { user: User; offerId: string; body: unknown }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'offers', offerId);
  const edit = editAt(body);
  const stored = (await getOffer(ctx.db, offerId)) as StoredOffer;
  const offer = checked(offerSchema, withEdit(schemaFields(offerSchema, stored), edit.fields));
  await checkContactOf(ctx.db, creditor.id, offer.contactId);
  const changes = fieldChanges(schemaFields(offerSchema, stored), offer);
  // Accepting an offer, or changing what the debtor offers, acknowledges the debt; recording the
  // creditor's answer to the debtor's offer (拒否・対案) does not.
  const accepting = offer.status === 'accepted' && stored.status !== 'accepted';
  const debtorTerms = offer.from === 'debtor' && changes.some((change) => change.field !== 'status');
  if (accepting || debtorTerms)
    await refuseUnconfirmedTimeBarred(ctx, await caseOf(ctx.db, user, creditor.caseId), {
      creditorId: creditor.id,
      step: accepting ? 'acceptance' : 'offer',
      body,
    });
  return withTouch(
    ctx,
    creditor.caseId,
    async (trx) => {
      const updated = await updateOffer(trx, offerId, offer, edit.version);
      if (!updated) throw conflict();
      return updated;
    },
    { user, change: () => ({ action: 'update', kind: 'offer', id: offerId, label: offerLabel(creditor.name, offer), changes }) },
  );
}

export async function removeOffer(ctx: ServiceContext, { user, offerId }: { user: User; offerId: string }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'offers', offerId);
  const label = offerLabel(creditor.name, (await getOffer(ctx.db, offerId)) as StoredOffer);
  await trashed(ctx, user, creditor.caseId, { kind: 'offer', id: offerId, label }, (trx) => deleteOffer(trx, offerId));
  return { deleted: offerId };
}

/** The agreement's terms; `version` null for the first save. */
export async function saveAgreementTerms(
  ctx: ServiceContext,
  { user, creditorId, body }: { user: User; creditorId: string; body: unknown },
) {
  const { creditor, stored: storedCase } = await creditorWithCase(ctx.db, user, creditorId);
  const edit = editOf(body, { firstSave: true });
  const stored = await getAgreement(ctx.db, creditor.id);
  const terms = checked(agreementTermsSchema, withEdit(stored?.terms ?? {}, edit.fields));
  await refuseUnconfirmedTimeBarred(ctx, storedCase, { creditorId: creditor.id, step: 'terms', body });
  const change = {
    action: stored ? 'update' : 'create',
    kind: 'agreement',
    id: creditor.id,
    label: `${creditor.name} 和解書`,
    changes: fieldChanges(stored?.terms ?? {}, terms),
  } as const;
  const version = await withTouch(
    ctx,
    creditor.caseId,
    async (trx) => {
      const saved = await saveAgreement(trx, creditor.id, terms, edit.version);
      if (saved === undefined) throw conflict();
      return saved;
    },
    { user, change: () => change },
  );
  return { version };
}

/** A payment made; never dated after today. */
export async function recordPayment(ctx: ServiceContext, { user, creditorId, input }: { user: User; creditorId: string; input: unknown }) {
  const { creditor, stored } = await creditorWithCase(ctx.db, user, creditorId);
  const payment = checked(paymentSchema, input);
  if (payment.paidOn > ctx.today())
    throw new AppError('validation', `支払日(${payment.paidOn})が今日より後です`, {
      fields: [{ path: ['paidOn'], message: '支払日は今日以前にしてください' }],
    });
  await refuseUnconfirmedTimeBarred(ctx, stored, { creditorId: creditor.id, step: 'payment', body: input });
  return withTouch(ctx, creditor.caseId, (trx) => insertPayment(trx, creditor.id, payment), {
    user,
    change: (added) => ({ action: 'create', kind: 'payment', id: added.id, label: paymentLabel(creditor.name, added) }),
  });
}

export async function removePayment(ctx: ServiceContext, { user, paymentId }: { user: User; paymentId: string }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'payments', paymentId);
  const label = paymentLabel(creditor.name, (await getPayment(ctx.db, paymentId)) ?? { paidOn: '', amount: 0 });
  await trashed(ctx, user, creditor.caseId, { kind: 'payment', id: paymentId, label }, (trx) => deletePayment(trx, paymentId));
  return { deleted: paymentId };
}

/** A breach of the agreement (what was agreed, what happened, when); never dated after today. */
export async function recordBreach(ctx: ServiceContext, { user, creditorId, input }: { user: User; creditorId: string; input: unknown }) {
  const creditor = await creditorOf(ctx.db, user, creditorId);
  const breach = checked(breachSchema, input);
  notAfterToday(ctx, breach.occurredOn);
  return withTouch(ctx, creditor.caseId, (trx) => insertBreach(trx, creditor.id, breach), {
    user,
    change: (added) => ({ action: 'create', kind: 'breach', id: added.id, label: breachLabel(creditor.name, breach) }),
  });
}

export async function editBreach(ctx: ServiceContext, { user, breachId, body }: { user: User; breachId: string; body: unknown }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'agreement_breaches', breachId);
  const edit = editAt(body);
  const stored = (await getBreach(ctx.db, breachId)) as StoredBreach;
  const breach = checked(breachSchema, withEdit(schemaFields(breachSchema, stored), edit.fields));
  notAfterToday(ctx, breach.occurredOn);
  const changes = fieldChanges(schemaFields(breachSchema, stored), breach);
  return withTouch(
    ctx,
    creditor.caseId,
    async (trx) => {
      const updated = await updateBreach(trx, breachId, breach, edit.version);
      if (!updated) throw conflict();
      return updated;
    },
    { user, change: () => ({ action: 'update', kind: 'breach', id: breachId, label: breachLabel(creditor.name, breach), changes }) },
  );
}

export async function removeBreach(ctx: ServiceContext, { user, breachId }: { user: User; breachId: string }) {
  const creditor = await creditorOfRecord(ctx.db, user, 'agreement_breaches', breachId);
  const label = breachLabel(creditor.name, (await getBreach(ctx.db, breachId)) as StoredBreach);
  await trashed(ctx, user, creditor.caseId, { kind: 'breach', id: breachId, label }, (trx) => deleteBreach(trx, breachId));
  return { deleted: breachId };
}

function notAfterToday(ctx: ServiceContext, occurredOn: string) {
  if (occurredOn > ctx.today())
    throw new AppError('validation', `起きた日(${occurredOn})が今日より後です`, {
      fields: [{ path: ['occurredOn'], message: '起きた日は今日以前にしてください' }],
    });
}

function breachLabel(creditorName: string, breach: { occurredOn: string; kind: keyof typeof breachKindLabels }) {
  return `${creditorName} ${breach.occurredOn} ${breachKindLabels[breach.kind]}`;
}

function offerLabel(creditorName: string, offer: { madeOn: string; amount: number }) {
  return `${creditorName} 和解案 ${offer.madeOn} ${offer.amount.toLocaleString('ja-JP')}円`;
}

function paymentLabel(creditorName: string, payment: { paidOn: string; amount: number }) {
  return `${creditorName} ${payment.paidOn} ${payment.amount.toLocaleString('ja-JP')}円`;
}
