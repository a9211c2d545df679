// Who is asking, for the HTTP side: the local owner of an embedded install, or the user a login
// session's token stands for; a session opened after a login and ended at logout. Only the token's
// hash is stored. The hash is node:crypto's (the static build supplies its sha256): Web Crypto's
// digest is a thread-pool job that cost every request about a millisecond.
import { createHash } from 'node:crypto';
import { createSession, deleteSession, findSessionUser, localUser, type User } from '@wakai/db';
import type { ServiceContext } from '../context.js';

/** How long a login lasts. */
export const SESSION_DAYS = 14;

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** 32 random bytes, base64url (the cookie's value). */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The embedded install's one user (made on first use). */
export function localOwner(ctx: ServiceContext): Promise<User> {
  return localUser(ctx.db);
}

/** The user of a current session on an enabled account, with the session's id; none for an unknown or expired token. */
export async function sessionUser(ctx: ServiceContext, token: string | undefined): Promise<(User & { sessionId: string }) | undefined> {
  if (!token) return undefined;
  return findSessionUser(ctx.db, tokenHash(token), ctx.now());
}

/** A new session for a user who has just logged in: the token to give the browser and how long it lasts. */
export async function openSession(
  ctx: ServiceContext,
  { userId, userAgent }: { userId: string; userAgent: string },
): Promise<{ token: string; maxAgeSeconds: number }> {
  const token = newToken();
  const maxAgeSeconds = SESSION_DAYS * 86_400;
  await createSession(ctx.db, {
    tokenHash: tokenHash(token),
    userId,
    expiresAt: new Date(ctx.now().getTime() + maxAgeSeconds * 1000),
    userAgent,
  });
  return { token, maxAgeSeconds };
}

/** Logout: the session with this token ends (nothing happens for an unknown one). */
export async function closeSession(ctx: ServiceContext, token: string | undefined): Promise<void> {
  if (token) await deleteSession(ctx.db, tokenHash(token));
}
