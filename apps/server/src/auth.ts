// Who is asking. Embedded (one person, 127.0.0.1): every request is the local owner, but only from
// this machine's own pages. Server (DATABASE_URL, an office): a session cookie from a login with an
// argon2-hashed password.
import { createHash, randomBytes } from 'node:crypto';
import { createSession, type Database, deleteSession, findSessionUser, findUserForLogin, localUser, type User } from '@wakai/db';
import argon2 from 'argon2';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from './app-error.js';
import { jsonInput } from './request-input.js';

export type AuthMode = 'local' | 'login';
export type Env = { Variables: { user: User } };

const COOKIE = 'wakai_session';
const SESSION_DAYS = 14;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Refuses requests from other sites: a page elsewhere must not drive this API through the
 * browser (CSRF), nor reach it under another host name (DNS rebinding).
 */
export function sameOrigin(allowedHosts: () => readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    if (!allowedHosts().includes(host)) throw new AppError('forbidden', 'このアドレスからは利用できません');
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin !== undefined && new URL(origin).host !== host) {
      throw new AppError('forbidden', '他のサイトからの操作は受け付けません');
    }
    await next();
  };
}

export function authenticate(db: Kysely<Database>, mode: AuthMode): MiddlewareHandler<Env> {
  // The local owner never changes while the server runs: looked up once, not on every request.
  let local: Promise<User> | undefined;
  return async (c, next) => {
    if (mode === 'local') {
      local ??= localUser(db).catch((error: unknown) => {
        local = undefined;
        throw error;
      });
      c.set('user', await local);
      return next();
    }
    const token = getCookie(c, COOKIE);
    const user = token ? await findSessionUser(db, hashToken(token), new Date()) : undefined;
    if (!user) throw new AppError('unauthenticated', 'ログインしてください');
    c.set('user', user);
    await next();
  };
}

const loginSchema = z.object({
  email: z.string({ error: 'メールアドレスを入力してください' }).email({ error: 'メールアドレスの形式が正しくありません' }),
  password: z.string({ error: 'パスワードを入力してください' }).min(1, { error: 'パスワードを入力してください' }),
});

/** /api/session: who am I, log in, log out. */
export function sessionRoutes(db: Kysely<Database>, mode: AuthMode) {
  const app = new Hono<Env>();
  app.get('/', async (c) => {
    if (mode === 'local') return c.json({ mode, user: await localUser(db) });
    const token = getCookie(c, COOKIE);
    const user = token ? await findSessionUser(db, hashToken(token), new Date()) : undefined;
    return c.json({ mode, user: user ?? null });
  });
  app.post('/', async (c) => {
    if (mode === 'local') return c.json({ mode, user: await localUser(db) });
    const { email, password } = await jsonInput(c, loginSchema);
    const found = await findUserForLogin(db, email);
    const valid = found?.passwordHash ? await argon2.verify(found.passwordHash, password) : false;
    if (!found || !valid) throw new AppError('unauthenticated', 'メールアドレスまたはパスワードが違います');
    const token = randomBytes(32).toString('base64url');
    await createSession(db, { tokenHash: hashToken(token), userId: found.id, expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000) });
    setSessionCookie(c, token);
    const { passwordHash: _, ...user } = found;
    return c.json({ mode, user });
  });
  app.delete('/', async (c) => {
    const token = getCookie(c, COOKIE);
    if (token) await deleteSession(db, hashToken(token));
    deleteCookie(c, COOKIE, { path: '/' });
    return c.json({ mode, user: null });
  });
  return app;
}

function setSessionCookie(c: Context, token: string) {
  setCookie(c, COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
    secure: new URL(c.req.url).protocol === 'https:',
  });
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}
