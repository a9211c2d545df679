// Every route that touches a case goes through these: the case (or the creditor or contract in it)
// is returned only to its owner; to anyone else it does not exist.
import { type Db, getCase, getContract, getCreditor, type StoredCase, type User } from '@wakai/db';
import { notFound } from './app-error.js';

export async function caseOf(db: Db, user: User, caseId: string): Promise<StoredCase> {
  const found = isUuid(caseId) ? await getCase(db, caseId) : undefined;
  if (!found || found.ownerId !== user.id) throw notFound();
  return found;
}

export async function creditorOf(db: Db, user: User, creditorId: string) {
  const creditor = isUuid(creditorId) ? await getCreditor(db, creditorId) : undefined;
  if (!creditor) throw notFound();
  await caseOf(db, user, creditor.caseId);
  return creditor;
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
