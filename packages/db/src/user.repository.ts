import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface User {
  id: string;
  email: string;
  displayName: string;
  isLocal: boolean;
}

const LOCAL_EMAIL = 'local@wakai.invalid';

function toUser(row: { id: string; email: string; display_name: string; is_local: boolean }): User {
  return { id: row.id, email: row.email, displayName: row.display_name, isLocal: row.is_local };
}

/** The one owner of an embedded (single-person) installation, created on first use. */
export async function localUser(db: Kysely<Database>): Promise<User> {
  const existing = await db.selectFrom('users').selectAll().where('is_local', '=', true).executeTakeFirst();
  if (existing) return toUser(existing);
  const row = await db
    .insertInto('users')
    .values({ email: LOCAL_EMAIL, display_name: 'この端末の利用者', password_hash: null, is_local: true })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function createUser(db: Kysely<Database>, user: { email: string; displayName: string; passwordHash: string }): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ email: user.email.toLowerCase(), display_name: user.displayName, password_hash: user.passwordHash })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function findUserForLogin(db: Kysely<Database>, email: string): Promise<(User & { passwordHash: string | null }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function createSession(db: Kysely<Database>, session: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ token_hash: session.tokenHash, user_id: session.userId, expires_at: session.expiresAt })
    .execute();
}

export async function findSessionUser(db: Kysely<Database>, tokenHash: string, now: Date): Promise<User | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'users.is_local'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}
