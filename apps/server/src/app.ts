// The HTTP API and the web app, assembled. Thin routes; the core validates and computes, the db
// stores, every case-scoped route checks the owner (case-access.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { YenOverflowError } from '@wakai/core';
import type { Database } from '@wakai/db';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import { AppError } from './app-error.js';
import { type AuthMode, authenticate, type Env, type ProxySettings, sameOrigin, sessionRoutes } from './auth.js';
import { historyFiguresCache } from './history-figures-cache.js';
import type { LoginLimits } from './login-throttle.js';
import { caseRoutes } from './routes/cases.js';
import { contractRoutes } from './routes/contracts.js';
import { creditorRoutes } from './routes/creditors.js';
import { negotiationRoutes } from './routes/negotiation.js';

export interface AppOptions {
  db: Kysely<Database>;
  auth: AuthMode;
  /** Host headers accepted (e.g. 127.0.0.1:3000, localhost:3000); read at request time. */
  allowedHosts: () => readonly string[];
  /** The built web app (apps/web/dist), if there is one. */
  webRoot?: string;
  /** A public address (WAKAI_PUBLIC_URL) and whether a reverse proxy's headers are believed. */
  proxy?: ProxySettings;
  /** Failed logins allowed per account and per client (tests lower them). */
  loginLimits?: LoginLimits;
  log?: (line: string) => void;
}

const MAX_UPLOAD = 20 * 1024 * 1024;

/** PostgreSQL's refusals of text it cannot store (NUL in text or in JSON): the input's fault, not ours. */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

export function createApp({ db, auth, allowedHosts, webRoot, proxy = {}, loginLimits, log = () => {} }: AppOptions) {
  const app = new Hono<Env>();

  // On every response, errors included: no framing (clickjacking), no sniffing, no referrer, and
  // the page may load only its own scripts, styles and data.
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      // HSTS is the TLS proxy's to send (README): Wakai itself speaks plain HTTP on 127.0.0.1.
      strictTransportSecurity: false,
    }),
  );

  app.onError((error, c) => {
    if (error instanceof AppError) {
      if (error.details.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.details.retryAfterSeconds));
      return c.json(error.toJSON(), error.status);
    }
    if (error instanceof YenOverflowError) return c.json(new AppError('validation', error.ja).toJSON(), 400);
    if (UNSTORABLE_TEXT.has((error as { code?: string }).code ?? ''))
      return c.json(new AppError('validation', '保存できない文字(NUL など)が含まれています。入力した内容を確かめてください').toJSON(), 400);
    log(`internal error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return c.json(new AppError('internal', 'サーバーで問題が起きました。入力した内容は保存されていない可能性があります').toJSON(), 500);
  });

  const api = new Hono<Env>();
  api.use(sameOrigin(allowedHosts, proxy));
  api.use(
    bodyLimit({
      maxSize: MAX_UPLOAD,
      onError: () => {
        throw new AppError('tooLarge', `送信できる大きさ(${MAX_UPLOAD / 1024 / 1024}MB)を超えています`);
      },
    }),
  );
  api.route('/session', sessionRoutes(db, auth, proxy, loginLimits));
  api.use(authenticate(db, auth));
  // One cache of history figures for every route that reads them (overview, diagnosis, negotiation).
  const figuresFor = historyFiguresCache();
  api.route('/cases', caseRoutes(db, figuresFor));
  api.route('/creditors', creditorRoutes(db));
  api.route('/contracts', contractRoutes(db));
  api.route('/', negotiationRoutes(db, figuresFor));
  api.all('*', () => {
    throw new AppError('notFound', 'そのAPIはありません');
  });
  app.route('/api', api);

  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    app.use('/assets/*', serveStatic({ root: webRoot }));
    app.use('*', serveStatic({ root: webRoot, rewriteRequestPath: (path) => (path.includes('.') ? path : '/index.html') }));
  }
  return app;
}
