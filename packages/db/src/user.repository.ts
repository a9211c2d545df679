import type { Kysely } from 'kysely';
import type { Db } from './db.js';
import type { Database } from './schema.js';

/**
 * 弁護士 (`lawyer`) and 司法書士 (`scrivener`) own the office's cases; 事務員 (`staff`) work on the
 * cases assigned to them; 債務者 (`debtor`) see their own case only.
 */
export const roles = ['lawyer', 'scrivener', 'staff', 'debtor'] as const;
export type Role = (typeof roles)[number];

export interface User {
  id: string;
  email: string;
  displayName: string;
  isLocal: boolean;
  role: Role;
}

export interface UserListItem extends User {
  disabled: boolean;
  createdAt: string;
}

const LOCAL_EMAIL = 'local@wakai.invalid';

type UserRow = { id: string; email: string; display_name: string; is_local: boolean; role: string };

function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, displayName: row.display_name, isLocal: row.is_local, role: row.role as Role };
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

export async function createUser(db: Db, user: { email: string; displayName: string; passwordHash: string; role?: Role }): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email.toLowerCase(),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      ...(user.role ? { role: user.role } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** The user with this e-mail, enabled or not (a disabled one cannot log in: the caller checks `disabled`). */
export async function findUserForLogin(
  db: Db,
  email: string,
): Promise<(User & { passwordHash: string | null; disabled: boolean }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash, disabled: row.disabled_at !== null };
}

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
  return row && toUser(row);
}

/** Every account but the local owner's, by role then e-mail; `role` narrows it to one role. */
export async function listUsers(db: Db, role?: Role): Promise<UserListItem[]> {
  let query = db.selectFrom('users').selectAll().where('is_local', '=', false);
  if (role) query = query.where('role', '=', role);
  const rows = await query.orderBy('role').orderBy('email').execute();
  return rows.map((row) => ({ ...toUser(row), disabled: row.disabled_at !== null, createdAt: new Date(row.created_at).toISOString() }));
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** Disables (or enables again) an account; a disabled account's sessions are ended with it. */
export async function setUserDisabled(db: Db, userId: string, disabled: boolean, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ disabled_at: disabled ? now : null })
    .where('id', '=', userId)
    .execute();
  if (disabled) await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export { toUser as userFromRow };
