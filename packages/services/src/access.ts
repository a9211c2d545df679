// Every use case that touches a case goes through these: the case (or the creditor or contract in it)
// is returned only to its owner; to anyone else it does not exist.
import { creditorIdOf, type Db, getAttachment, getCase, getContract, getCreditor, type StoredCase, type User } from '@wakai/db';
import { notFound } from './app-error.js';

export async function caseOf(db: Db, user: User, caseId: string): Promise<StoredCase> {
  const found = isUuid(caseId) ? await getCase(db, caseId) : undefined;
  if (!found || found.ownerId !== user.id) throw notFound();
  return found;
}

/** The creditor and the case it belongs to (read once for the check, kept for the caller). */
export async function creditorWithCase(db: Db, user: User, creditorId: string) {
  const creditor = isUuid(creditorId) ? await getCreditor(db, creditorId) : undefined;
  if (!creditor) throw notFound();
  return { creditor, stored: await caseOf(db, user, creditor.caseId) };
}

export async function creditorOf(db: Db, user: User, creditorId: string) {
  return (await creditorWithCase(db, user, creditorId)).creditor;
}

/** The creditor a contact, offer or payment belongs to, if the user may see it. */
export async function creditorOfRecord(db: Db, user: User, table: 'contacts' | 'offers' | 'payments', id: string) {
  const creditorId = isUuid(id) ? await creditorIdOf(db, table, id) : undefined;
  if (!creditorId) throw notFound();
  return creditorOf(db, user, creditorId);
}

/** An attached file with its creditor, if the user may see it. */
export async function attachmentOf(db: Db, user: User, attachmentId: string) {
  const file = isUuid(attachmentId) ? await getAttachment(db, attachmentId) : undefined;
  if (!file) throw notFound();
  return { file, creditor: await creditorOf(db, user, file.creditorId) };
}

export async function contractOf(db: Db, user: User, contractId: string) {
  const contract = isUuid(contractId) ? await getContract(db, contractId) : undefined;
  if (!contract) throw notFound();
  await caseOf(db, user, contract.caseId);
  return contract;
}

function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
