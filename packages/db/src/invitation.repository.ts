// Invitations of a debtor to their case: a random token, stored only as its hash, that expires and
// is used once (the use is one conditional update, so two clicks cannot both succeed).
import type { Db } from './db.js';

export interface Invitation {
  id: string;
  caseId: string;
  email: string;
  displayName: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

type InvitationRow = {
  id: string;
  case_id: string;
  email: string;
  display_name: string;
  created_at: Date | string;
  expires_at: Date | string;
  used_at: Date | null;
};

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    caseId: row.case_id,
    email: row.email,
    displayName: row.display_name,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    usedAt: row.used_at ? new Date(row.used_at).toISOString() : null,
  };
}

export async function insertInvitation(
  db: Db,
  invitation: { caseId: string; email: string; displayName: string; tokenHash: string; invitedBy: string; expiresAt: Date },
): Promise<Invitation> {
  const row = await db
    .insertInto('invitations')
    .values({
      case_id: invitation.caseId,
      email: invitation.email.toLowerCase(),
      display_name: invitation.displayName,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      expires_at: invitation.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toInvitation(row);
}

/** An invitation that can still be used (not used, not expired). */
export async function findOpenInvitation(db: Db, tokenHash: string, now: Date): Promise<Invitation | undefined> {
  const row = await db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row && toInvitation(row);
}

/** Marks the invitation used, if it still could be; undefined when it was used, expired or unknown. */
export async function useInvitation(db: Db, tokenHash: string, now: Date): Promise<Invitation | undefined> {
  const row = await db
    .updateTable('invitations')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
  return row && toInvitation(row);
}

export async function listInvitations(db: Db, caseId: string): Promise<Invitation[]> {
  const rows = await db.selectFrom('invitations').selectAll().where('case_id', '=', caseId).orderBy('created_at', 'desc').execute();
  return rows.map(toInvitation);
}
