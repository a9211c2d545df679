// The negotiation records of creditors: status changes, contacts (with attached files), offers, the
// written agreement and payments. Edits that could overwrite someone else's carry a version.
import { randomUUID } from 'node:crypto';
import type { AgreementTerms, ContactInput, NegotiationFile, NegotiationStatus, OfferInput, PaymentInput } from '@wakai/core';
import { type Selectable, sql } from 'kysely';
import type { Db } from './case.repository.js';
import { getCreditor, type StoredCreditor } from './creditor.repository.js';
import type { ContactTable } from './schema.js';

export interface StoredStatusChange {
  id: string;
  status: NegotiationStatus;
  date: string;
  note: string;
  successor: string;
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

export interface StoredContact extends ContactInput {
  id: string;
  creditorId: string;
  version: number;
  attachments: AttachmentInfo[];
}

export interface StoredOffer extends OfferInput {
  id: string;
  creditorId: string;
  version: number;
}

export interface StoredPayment extends PaymentInput {
  id: string;
  creditorId: string;
}

export interface StoredNegotiation {
  changes: StoredStatusChange[];
  contacts: StoredContact[];
  offers: StoredOffer[];
  agreement: AgreementTerms | null;
  /** null until an agreement is first saved. */
  agreementVersion: number | null;
  payments: StoredPayment[];
}

function toContact(row: Selectable<ContactTable>, attachments: AttachmentInfo[]): StoredContact {
  return {
    id: row.id,
    creditorId: row.creditor_id,
    at: row.at,
    channel: row.channel as ContactInput['channel'],
    direction: row.direction as ContactInput['direction'],
    person: row.person,
    summary: row.summary,
    promises: row.promises,
    nextAction: row.next_action,
    nextActionDue: row.next_action_due,
    nextActionDone: row.next_action_done,
    version: row.version,
    attachments,
  };
}

function contactValues(input: ContactInput) {
  return {
    at: input.at,
    channel: input.channel,
    direction: input.direction,
    person: input.person,
    summary: input.summary,
    promises: input.promises,
    next_action: input.nextAction,
    next_action_due: input.nextActionDue,
    next_action_done: input.nextActionDone,
  };
}

function toOffer(row: { id: string; creditor_id: string; contact_id: string | null; offer: object; version: number }): StoredOffer {
  return { ...(row.offer as OfferInput), contactId: row.contact_id, id: row.id, creditorId: row.creditor_id, version: row.version };
}

const offerJson = ({ contactId: _, ...offer }: OfferInput) => JSON.stringify(offer);

/** Every negotiation record of the given creditors, in one read per table. */
export async function listNegotiations(db: Db, creditorIds: readonly string[]): Promise<Map<string, StoredNegotiation>> {
  const result = new Map<string, StoredNegotiation>(
    creditorIds.map((id) => [id, { changes: [], contacts: [], offers: [], agreement: null, agreementVersion: null, payments: [] }]),
  );
  if (creditorIds.length === 0) return result;
  // One after another: a transaction or PGlite has one connection anyway.
  const changes = await db
    .selectFrom('status_changes')
    .selectAll()
    .where('creditor_id', 'in', creditorIds)
    .orderBy('date')
    .orderBy('created_at')
    .execute();
  const contacts = await db.selectFrom('contacts').selectAll().where('creditor_id', 'in', creditorIds).orderBy('at', 'desc').execute();
  const attachments = await db
    .selectFrom('attachments')
    .innerJoin('contacts', 'contacts.id', 'attachments.contact_id')
    .select(['attachments.id', 'attachments.contact_id', 'attachments.file_name', 'attachments.content_type', 'attachments.size'])
    .where('contacts.creditor_id', 'in', creditorIds)
    .orderBy('attachments.created_at')
    .execute();
  const offers = await db.selectFrom('offers').selectAll().where('creditor_id', 'in', creditorIds).orderBy('created_at').execute();
  const agreements = await db.selectFrom('agreements').selectAll().where('creditor_id', 'in', creditorIds).execute();
  const payments = await db
    .selectFrom('payments')
    .selectAll()
    .where('creditor_id', 'in', creditorIds)
    .orderBy('paid_on')
    .orderBy('created_at')
    .execute();
  const files = new Map<string, AttachmentInfo[]>();
  for (const a of attachments) {
    const list = files.get(a.contact_id) ?? [];
    list.push({ id: a.id, fileName: a.file_name, contentType: a.content_type, size: a.size });
    files.set(a.contact_id, list);
  }
  const of = (creditorId: string) => result.get(creditorId) as StoredNegotiation;
  for (const c of changes)
    of(c.creditor_id).changes.push({ id: c.id, status: c.status as NegotiationStatus, date: c.date, note: c.note, successor: c.successor });
  for (const c of contacts) of(c.creditor_id).contacts.push(toContact(c, files.get(c.id) ?? []));
  for (const o of offers) of(o.creditor_id).offers.push(toOffer(o));
  for (const a of agreements) Object.assign(of(a.creditor_id), { agreement: a.terms as AgreementTerms, agreementVersion: a.version });
  for (const p of payments)
    of(p.creditor_id).payments.push({ id: p.id, creditorId: p.creditor_id, paidOn: p.paid_on, amount: p.amount, note: p.note });
  return result;
}

/**
 * Moves the creditor to a new step and records the dated change; undefined when someone changed
 * the creditor since `version` (nothing written then). Callers run it in a transaction.
 */
export async function changeStatus(
  db: Db,
  creditorId: string,
  version: number,
  change: { status: NegotiationStatus; date: string; note: string; successor: string },
): Promise<StoredCreditor | undefined> {
  const updated = await db
    .updateTable('creditors')
    .set((eb) => ({ negotiation_status: change.status, version: eb('version', '+', 1) }))
    .where('id', '=', creditorId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return undefined;
  await db
    .insertInto('status_changes')
    .values({ creditor_id: creditorId, ...change })
    .execute();
  return getCreditor(db, creditorId);
}

/** Which creditor a contact, offer, payment or attachment belongs to (for the access check). */
export async function creditorIdOf(db: Db, table: 'contacts' | 'offers' | 'payments', id: string): Promise<string | undefined> {
  const row = await db.selectFrom(table).select('creditor_id').where('id', '=', id).executeTakeFirst();
  return row?.creditor_id;
}

export async function insertContact(db: Db, creditorId: string, input: ContactInput): Promise<StoredContact> {
  const row = await db
    .insertInto('contacts')
    .values({ creditor_id: creditorId, ...contactValues(input) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toContact(row, []);
}

export async function getContact(db: Db, id: string): Promise<StoredContact | undefined> {
  const row = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toContact(row, []);
}

/**
 * Marks done the next actions still open in contacts recorded up to `through` (an agreement signed,
 * or talks ended, leaves them behind); returns how many were closed.
 */
export async function closeNextActions(db: Db, creditorId: string, through: string): Promise<number> {
  const closed = await db
    .updateTable('contacts')
    .set((eb) => ({ next_action_done: true, version: eb('version', '+', 1) }))
    .where('creditor_id', '=', creditorId)
    .where('next_action_done', '=', false)
    .where('next_action', '!=', '')
    .where('at', '<=', `${through}T23:59`)
    .returning('id')
    .execute();
  return closed.length;
}

export async function updateContact(db: Db, id: string, input: ContactInput, version: number): Promise<boolean> {
  const row = await db
    .updateTable('contacts')
    .set((eb) => ({ ...contactValues(input), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteContact(db: Db, id: string): Promise<void> {
  await db.deleteFrom('contacts').where('id', '=', id).execute();
}

export async function insertAttachment(
  db: Db,
  contactId: string,
  file: { fileName: string; contentType: string; content: Uint8Array },
): Promise<AttachmentInfo> {
  const row = await db
    .insertInto('attachments')
    .values({
      contact_id: contactId,
      file_name: file.fileName,
      content_type: file.contentType,
      size: file.content.byteLength,
      content: file.content,
    })
    .returning(['id', 'file_name', 'content_type', 'size'])
    .executeTakeFirstOrThrow();
  return { id: row.id, fileName: row.file_name, contentType: row.content_type, size: row.size };
}

export async function getAttachment(db: Db, id: string) {
  const row = await db
    .selectFrom('attachments')
    .innerJoin('contacts', 'contacts.id', 'attachments.contact_id')
    .select(['attachments.id', 'attachments.file_name', 'attachments.content_type', 'attachments.content', 'contacts.creditor_id'])
    .where('attachments.id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, fileName: row.file_name, contentType: row.content_type, content: row.content, creditorId: row.creditor_id };
}

export async function deleteAttachment(db: Db, id: string): Promise<void> {
  await db.deleteFrom('attachments').where('id', '=', id).execute();
}

export async function insertOffer(db: Db, creditorId: string, input: OfferInput): Promise<StoredOffer> {
  const row = await db
    .insertInto('offers')
    .values({ creditor_id: creditorId, contact_id: input.contactId, offer: offerJson(input) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOffer(row);
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

export async function getAgreement(db: Db, creditorId: string): Promise<{ terms: AgreementTerms; version: number } | undefined> {
  const row = await db.selectFrom('agreements').select(['terms', 'version']).where('creditor_id', '=', creditorId).executeTakeFirst();
  return row && { terms: row.terms as AgreementTerms, version: row.version };
}

/** The written agreement: created when `version` is null, else updated only at that version. */
export async function saveAgreement(
  db: Db,
  creditorId: string,
  terms: AgreementTerms,
  version: number | null,
): Promise<number | undefined> {
  const json = JSON.stringify(terms);
  const row =
    version === null
      ? await db
          .insertInto('agreements')
          .values({ creditor_id: creditorId, terms: json })
          .onConflict((oc) => oc.column('creditor_id').doNothing())
          .returning('version')
          .executeTakeFirst()
      : await db
          .updateTable('agreements')
          .set({ terms: json, version: sql`version + 1` })
          .where('creditor_id', '=', creditorId)
          .where('version', '=', version)
          .returning('version')
          .executeTakeFirst();
  return row?.version;
}

export async function insertPayment(db: Db, creditorId: string, input: PaymentInput): Promise<StoredPayment> {
  const row = await db
    .insertInto('payments')
    .values({ creditor_id: creditorId, paid_on: input.paidOn, amount: input.amount, note: input.note })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { id: row.id, creditorId: row.creditor_id, paidOn: row.paid_on, amount: row.amount, note: row.note };
}

export async function deletePayment(db: Db, id: string): Promise<void> {
  await db.deleteFrom('payments').where('id', '=', id).execute();
}

/** The attached files of the given contacts with their contents (for the case file). */
export async function listAttachmentContents(
  db: Db,
  contactIds: readonly string[],
): Promise<Map<string, { fileName: string; contentType: string; content: Uint8Array }[]>> {
  const result = new Map<string, { fileName: string; contentType: string; content: Uint8Array }[]>();
  if (contactIds.length === 0) return result;
  const rows = await db
    .selectFrom('attachments')
    .select(['contact_id', 'file_name', 'content_type', 'content'])
    .where('contact_id', 'in', contactIds)
    .orderBy('created_at')
    .execute();
  for (const row of rows) {
    const list = result.get(row.contact_id) ?? [];
    list.push({ fileName: row.file_name, contentType: row.content_type, content: row.content });
    result.set(row.contact_id, list);
  }
  return result;
}

/** Rows per INSERT when a case file is stored (well under PostgreSQL's 65,535 parameters). */
const ROWS_PER_INSERT = 1_000;
/** Attached files per INSERT: up to 20 × 5 MB keeps each statement reasonable. */
const FILES_PER_INSERT = 20;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

/**
 * A creditor's negotiation from a case file, inside the caller's transaction: each table in a few
 * multi-row inserts, not one per record (50,000 contacts took 72 s row by row). Contacts get their
 * ids here, so that offers and files can point at them without reading them back.
 */
export async function insertNegotiationFile(db: Db, creditorId: string, file: NegotiationFile): Promise<void> {
  await db.updateTable('creditors').set({ negotiation_status: file.status }).where('id', '=', creditorId).execute();
  for (const part of chunks(file.changes, ROWS_PER_INSERT))
    await db
      .insertInto('status_changes')
      .values(part.map((change) => ({ creditor_id: creditorId, ...change })))
      .execute();
  const contacts = file.contacts.map(({ attachments, ...contact }) => ({ id: randomUUID(), contact, attachments }));
  for (const part of chunks(contacts, ROWS_PER_INSERT))
    await db
      .insertInto('contacts')
      .values(part.map(({ id, contact }) => ({ id, creditor_id: creditorId, ...contactValues(contact) })))
      .execute();
  const files = contacts.flatMap(({ id, attachments }) =>
    attachments.map((a) => {
      const content = Buffer.from(a.contentBase64, 'base64');
      return { contact_id: id, file_name: a.fileName, content_type: a.contentType, size: content.byteLength, content };
    }),
  );
  for (const part of chunks(files, FILES_PER_INSERT)) await db.insertInto('attachments').values(part).execute();
  for (const part of chunks(file.offers, ROWS_PER_INSERT))
    await db
      .insertInto('offers')
      .values(
        part.map(({ offer, contact }) => {
          const input = { ...offer, contactId: contact === null ? null : (contacts[contact]?.id ?? null) };
          return { creditor_id: creditorId, contact_id: input.contactId, offer: offerJson(input) };
        }),
      )
      .execute();
  if (file.agreement) await saveAgreement(db, creditorId, file.agreement, null);
  for (const part of chunks(file.payments, ROWS_PER_INSERT))
    await db
      .insertInto('payments')
      .values(part.map((p) => ({ creditor_id: creditorId, paid_on: p.paidOn, amount: p.amount, note: p.note })))
      .execute();
}

/** A creditor's negotiation in the case file's shape (ids become positions). */
export async function readNegotiationFile(db: Db, status: NegotiationStatus, stored: StoredNegotiation): Promise<NegotiationFile> {
  const files = await listAttachmentContents(
    db,
    stored.contacts.map((c) => c.id),
  );
  // Oldest first, so that positions are stable and an import keeps the order.
  const contacts = [...stored.contacts].reverse();
  return {
    status,
    changes: stored.changes.map(({ id: _, ...change }) => change),
    contacts: contacts.map(({ id, creditorId: _c, version: _v, attachments: _a, ...contact }) => ({
      ...contact,
      attachments: (files.get(id) ?? []).map((f) => ({
        fileName: f.fileName,
        contentType: f.contentType,
        contentBase64: Buffer.from(f.content).toString('base64'),
      })),
    })),
    offers: stored.offers.map(({ id: _, creditorId: _c, version: _v, contactId, ...offer }) => {
      const index = contacts.findIndex((c) => c.id === contactId);
      return { offer: { ...offer, contactId: null }, contact: index < 0 ? null : index };
    }),
    agreement: stored.agreement,
    payments: stored.payments.map(({ id: _, creditorId: _c, ...payment }) => payment),
  };
}
