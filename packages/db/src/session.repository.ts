// Login sessions: the cookie's token is stored only as its hash; each session has an id of its own
// so that its user can list and end it without ever seeing a token.
import type { Db } from './db.js';
import { type User, userFromRow } from './user.repository.js';

export interface SessionInfo {
  id: string;
  createdAt: string;
  expiresAt: string;
  userAgent: string;
}

export async function createSession(
  db: Db,
  session: { tokenHash: string; userId: string; expiresAt: Date; userAgent?: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      expires_at: session.expiresAt,
      user_agent: (session.userAgent ?? '').slice(0, 300),
    })
    .execute();
}

/** The session's user, if the session is current and the account enabled; with the session's id. */
export async function findSessionUser(db: Db, tokenHash: string, now: Date): Promise<(User & { sessionId: string }) | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'users.is_local', 'users.role', 'sessions.id as session_id'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row && { ...userFromRow(row), sessionId: row.session_id };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** The user's current sessions, newest first. */
export async function listSessions(db: Db, userId: string, now: Date): Promise<SessionInfo[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'expires_at', 'user_agent'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    userAgent: row.user_agent,
  }));
}

/** Ends one of the user's sessions; false when the user has no such session. */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '=', sessionId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Ends every session of the user but `keepId` (after a password change, or when disabled). */
export async function revokeOtherSessions(db: Db, userId: string, keepId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) query = query.where('id', '!=', keepId);
  await query.execute();
}
