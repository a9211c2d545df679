// The contacts with a creditor (calls, faxes, letters, e-mails, meetings), each with its next action.
// An edit carries the version it was made against.
import type { ContactInput } from '@wakai/core';
import type { Selectable } from 'kysely';
import type { AttachmentInfo } from './attachment.repository.js';
import { type Db, inBatches } from './db.js';
import type { ContactTable } from './schema.js';

export interface StoredContact extends ContactInput {
  id: string;
  creditorId: string;
  version: number;
  attachments: AttachmentInfo[];
}

export function toContact(row: Selectable<ContactTable>, attachments: AttachmentInfo[]): StoredContact {
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
    officeOnly: row.office_only,
    demand: row.demand as ContactInput['demand'],
    collectionAfterNotice: row.collection_after_notice,
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
    office_only: input.officeOnly,
    demand: input.demand,
    collection_after_notice: input.collectionAfterNotice,
  };
}

export async function insertContact(db: Db, creditorId: string, input: ContactInput): Promise<StoredContact> {
  const row = await db
    .insertInto('contacts')
    .values({ creditor_id: creditorId, ...contactValues(input) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toContact(row, []);
}

/**
 * Many contacts at once (a case file): a few multi-row inserts, not one per contact (50,000
 * contacts took 72 s one by one). Returns their ids in order, so that offers and files can point
 * at them without reading them back.
 */
export async function insertContacts(db: Db, creditorId: string, contacts: readonly ContactInput[]): Promise<string[]> {
  const ids = contacts.map(() => globalThis.crypto.randomUUID());
  const rows = contacts.map((contact, index) => ({ id: ids[index] as string, creditor_id: creditorId, ...contactValues(contact) }));
  for (const batch of inBatches(rows)) await db.insertInto('contacts').values(batch).execute();
  return ids;
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

/** False when the contact was changed by someone else since `version`. */
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
