// Who is asking. Embedded (one person, 127.0.0.1): every request is the local owner, but only from
// this machine's own pages. Server (DATABASE_URL, an office): a session cookie from a login with an
// argon2-hashed password.
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  AppError,
  closeSession,
  databaseLoginAttempts,
  type LoginBody,
  localOwner,
  loginInput,
  openSession,
  passwordLogins,
  type ServiceContext,
  sessionUser,
  type User,
} from '@wakai/services';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { type LoginLimits, loginThrottle } from './login-throttle.js';
import { declared, jsonInput } from './request-input.js';

export type AuthMode = 'local' | 'login';
export type Env = { Variables: { user: User; sessionId?: string } };

/** How the server is reached when a reverse proxy (TLS) or a LAN name stands in front of it. */
export interface ProxySettings {
  /** The address people open (WAKAI_PUBLIC_URL), e.g. https://wakai.office.example. */
  publicUrl?: URL;
  /** Believe X-Forwarded-Proto and X-Forwarded-For: only when our own proxy sets them (WAKAI_TRUST_PROXY=1). */
  trustProxy?: boolean;
}

const COOKIE = 'wakai_session';
/** A browser's device id: its login attempts count apart from others at the same address (login-throttle.ts). */
const DEVICE_COOKIE = 'wakai_device';
const DEVICE_DAYS = 365;

/**
 * Refuses requests from other sites: a page elsewhere must not drive this API through the
 * browser (CSRF), nor reach it under another host name (DNS rebinding).
 */
export function sameOrigin(allowedHosts: () => readonly string[], proxy: ProxySettings = {}): MiddlewareHandler {
  return async (c, next) => {
    const host = knownHostOf(c, allowedHosts);
    const origin = c.req.header('origin');
    if (
      c.req.method !== 'GET' &&
      c.req.method !== 'HEAD' &&
      origin !== undefined &&
      origin !== proxy.publicUrl?.origin &&
      // The page's own origin, scheme included: an https:// page is not this plain-http server's.
      origin !== `${overHttps(c, proxy) ? 'https' : 'http'}://${host}`
    ) {
      throw new AppError('forbidden', '他のサイトからの操作は受け付けません');
    }
    await next();
  };
}

/** Refuses a Host header not ours (DNS rebinding), also before the routes other sites may call. */
export function knownHost(allowedHosts: () => readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    knownHostOf(c, allowedHosts);
    await next();
  };
}

function knownHostOf(c: Context, allowedHosts: () => readonly string[]): string {
  const host = c.req.header('host') ?? '';
  if (!allowedHosts().includes(host)) throw new AppError('forbidden', 'このアドレスからは利用できません');
  return host;
}

/** Whether the browser reached us over https (then the cookie is Secure). */
function overHttps(c: Context, proxy: ProxySettings): boolean {
  if (proxy.publicUrl?.protocol === 'https:') return true;
  if (proxy.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/** The client's address: the socket's, or behind our own proxy the last address it added. */
export function clientAddress(c: Context, proxy: ProxySettings): string {
  if (proxy.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function authenticate(ctx: ServiceContext, mode: AuthMode): MiddlewareHandler<Env> {
  // The local owner never changes while the server runs: looked up once, not on every request.
  let local: Promise<User> | undefined;
  return async (c, next) => {
    if (mode === 'local') {
      local ??= localOwner(ctx).catch((error: unknown) => {
        local = undefined;
        throw error;
      });
      c.set('user', await local);
      return next();
    }
    const found = await sessionUser(ctx, getCookie(c, COOKIE));
    if (!found) throw new AppError('unauthenticated', 'ログインしてください');
    const { sessionId, ...user } = found;
    c.set('user', user);
    c.set('sessionId', sessionId);
    await next();
  };
}

/** /api/session: who am I, log in, log out. */
export function sessionRoutes(ctx: ServiceContext, mode: AuthMode, proxy: ProxySettings = {}, limits?: LoginLimits) {
  // On a server the counts are in the database: every process of `--workers N` sees the same failures.
  const throttle = loginThrottle(limits, databaseLoginAttempts(ctx));
  const checkPassword = mode === 'login' ? passwordLogins(ctx) : undefined;
  return new Hono<Env>()
    .get('/', async (c) => {
      if (mode === 'local') return c.json({ mode, user: await localOwner(ctx) });
      const found = await sessionUser(ctx, getCookie(c, COOKIE));
      if (!found) return c.json({ mode, user: null });
      const { sessionId: _, ...user } = found;
      return c.json({ mode, user });
    })
    .post('/', jsonInput(declared<LoginBody>()), async (c) => {
      if (mode === 'local' || !checkPassword) return c.json({ mode, user: await localOwner(ctx) });
      const { email, password } = loginInput(c.req.valid('json'));
      const source = { client: clientAddress(c, proxy), device: getCookie(c, DEVICE_COOKIE) };
      // Signed in already as this account (a known session): the right password is never held back.
      const session = await sessionUser(ctx, getCookie(c, COOKIE));
      const known = session !== undefined && session.email.toLowerCase() === email.toLowerCase();
      const wait = known ? undefined : await throttle.attempt(email, source);
      if (wait !== undefined)
        throw new AppError(
          'tooManyRequests',
          `ログインの失敗が続いたため、しばらく受け付けません。${Math.ceil(wait / 60)}分ほど待ってからもう一度お試しください`,
          { retryAfterSeconds: wait },
        );
      const user = await checkPassword({ email, password });
      // The browser keeps a device id: from then on its attempts at this account are its own.
      const device = source.device ?? throttle.newDevice();
      if (!known) await throttle.succeeded(email, { ...source, device });
      const { token, maxAgeSeconds } = await openSession(ctx, { userId: user.id, userAgent: c.req.header('user-agent') ?? '' });
      setCookie(c, COOKIE, token, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        maxAge: maxAgeSeconds,
        secure: overHttps(c, proxy),
      });
      // After the session's cookie: a client reading the first Set-Cookie gets the session.
      setCookie(c, DEVICE_COOKIE, device, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/api/session',
        maxAge: DEVICE_DAYS * 86_400,
        secure: overHttps(c, proxy),
      });
      return c.json({ mode, user });
    })
    .delete('/', async (c) => {
      await closeSession(ctx, getCookie(c, COOKIE));
      deleteCookie(c, COOKIE, { path: '/', secure: overHttps(c, proxy) });
      return c.json({ mode, user: null });
    });
}
