// Every use case that touches a case goes through these. A case exists only for its owner and the
// people it is shared with (staff assigned to it, the debtor invited to it); to anyone else it does
// not exist (404). What each of them may do is the `need` of the use case: asking more is 403.
// The default need is the office's: a use case must say so to let the debtor in.
import {
  type CaseHead,
  caseHead,
  creditorIdOf,
  type Db,
  getAttachment,
  getCase,
  getContract,
  getCreditor,
  isCaseMember,
  type Role,
  type StoredCase,
  type User,
} from '@wakai/db';
import { AppError, notFound } from './app-error.js';

/** What the user is to this case: its owner, staff assigned to it, or its debtor. */
export type CaseRole = 'owner' | 'staff' | 'debtor';
/** Who a use case is for: anyone on the case, the office (owner and staff), or the owner alone. */
export type Need = 'debtor' | 'office' | 'owner';

const allowed: Record<Need, readonly CaseRole[]> = {
  debtor: ['owner', 'staff', 'debtor'],
  office: ['owner', 'staff'],
  owner: ['owner'],
};

/** 弁護士 and 司法書士 (and the local user of an embedded install) own cases. */
export const ownsCases = (role: Role) => role === 'lawyer' || role === 'scrivener';

export const forbidden = (user: User) =>
  new AppError(
    'forbidden',
    user.role === 'debtor'
      ? 'この操作は事務所だけができます(ご本人のアカウントではできません)'
      : user.role === 'staff'
        ? 'この操作は案件の担当弁護士・司法書士だけができます'
        : 'この操作をする権限がありません',
  );

/** Refuses a user whose role may not do an office-wide thing (create or import a case, set the letterhead). */
export function requireOwnerRole(user: User): void {
  if (!ownsCases(user.role)) throw forbidden(user);
}

export async function caseAccess(db: Db, user: User, caseId: string, need: Need = 'office'): Promise<{ stored: StoredCase; as: CaseRole }> {
  const found = isUuid(caseId) ? await getCase(db, caseId) : undefined;
  if (!found) throw notFound();
  const member =
    found.ownerId !== user.id && (user.role === 'staff' || user.role === 'debtor') && (await isCaseMember(db, found.id, user.id));
  return { stored: found, as: roleOf(user, found.ownerId, member, need) };
}

/** The same check on the case's head alone (one query, the case itself unread): for what is kept per revision. */
export async function caseHeadAccess(db: Db, user: User, caseId: string, need: Need = 'office'): Promise<{ head: CaseHead; as: CaseRole }> {
  const head = isUuid(caseId) ? await caseHead(db, caseId, user.id) : undefined;
  if (!head) throw notFound();
  return { head, as: roleOf(user, head.ownerId, head.member, need) };
}

/** What the user is to a case, refused (404 to a stranger, 403 to a member asking more than their role may). */
function roleOf(user: User, ownerId: string, member: boolean, need: Need): CaseRole {
  const as: CaseRole | undefined =
    ownerId === user.id ? 'owner' : (user.role === 'staff' || user.role === 'debtor') && member ? user.role : undefined;
  if (!as) throw notFound();
  if (!allowed[need].includes(as)) throw forbidden(user);
  return as;
}

export async function caseOf(db: Db, user: User, caseId: string, need: Need = 'office'): Promise<StoredCase> {
  return (await caseAccess(db, user, caseId, need)).stored;
}

/** The creditor and the case it belongs to (read once for the check, kept for the caller). */
export async function creditorWithCase(db: Db, user: User, creditorId: string, need: Need = 'office') {
  const creditor = isUuid(creditorId) ? await getCreditor(db, creditorId) : undefined;
  if (!creditor) throw notFound();
  const access = await caseAccess(db, user, creditor.caseId, need);
  return { creditor, stored: access.stored, as: access.as };
}

export async function creditorOf(db: Db, user: User, creditorId: string, need: Need = 'office') {
  return (await creditorWithCase(db, user, creditorId, need)).creditor;
}

/** The creditor a contact, offer, payment or breach belongs to, if the user may see it. */
export async function creditorOfRecord(
  db: Db,
  user: User,
  table: 'contacts' | 'offers' | 'payments' | 'agreement_breaches',
  id: string,
  need: Need = 'office',
) {
  const creditorId = isUuid(id) ? await creditorIdOf(db, table, id) : undefined;
  if (!creditorId) throw notFound();
  return creditorOf(db, user, creditorId, need);
}

/** An attached file with its creditor, if the user may see it; a file of an office-only contact is not the debtor's. */
export async function attachmentOf(db: Db, user: User, attachmentId: string, need: Need = 'office') {
  const file = isUuid(attachmentId) ? await getAttachment(db, attachmentId) : undefined;
  if (!file) throw notFound();
  const { creditor, as } = await creditorWithCase(db, user, file.creditorId, need);
  if (as === 'debtor' && file.officeOnly) throw notFound();
  return { file, creditor };
}

export async function contractOf(db: Db, user: User, contractId: string, need: Need = 'office') {
  const contract = isUuid(contractId) ? await getContract(db, contractId) : undefined;
  if (!contract) throw notFound();
  // The case's head is enough to check access: the case itself is not read.
  await caseHeadAccess(db, user, contract.caseId, need);
  return contract;
}

function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
