// The HTTP API and the web app, assembled. Routes parse the request, call a use case of
// @wakai/services and answer; authentication, same-origin checks and security headers stand before them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Database } from '@wakai/db';
import { AppError, createServiceContext, type ServiceHooks } from '@wakai/services';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import { type AuthMode, authenticate, type Env, type ProxySettings, sameOrigin, sessionRoutes } from './auth.js';
import { errorResponse } from './http-errors.js';
import { idempotentPosts } from './idempotency.js';
import type { LoginLimits } from './login-throttle.js';
import { accountRoutes, userRoutes } from './routes/account.js';
import { caseRoutes } from './routes/cases.js';
import { coachRoutes } from './routes/coach.js';
import { contractRoutes } from './routes/contracts.js';
import { creditorRoutes } from './routes/creditors.js';
import { deadlineRoutes } from './routes/deadlines.js';
import { invitationRoutes } from './routes/invitations.js';
import { letterheadRoutes } from './routes/letterhead.js';
import { negotiationRecordRoutes } from './routes/negotiation-records.js';
import { trashRoutes } from './routes/trash.js';

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
  /** What a test may do inside a use case (the crash test pauses a history's save). */
  hooks?: ServiceHooks;
  /** The services' clock (tests move it). */
  now?: () => Date;
  log?: (line: string) => void;
}

const MAX_UPLOAD = 20 * 1024 * 1024;

/** The API's routes; their type is what the web app's client reads the answers with (no hand copies). */
function apiRoutes({ db, auth, allowedHosts, proxy = {}, loginLimits, hooks, now }: AppOptions) {
  const ctx = createServiceContext({ db, ...(hooks ? { hooks } : {}), ...(now ? { now } : {}) });
  return (
    new Hono<Env>()
      // Case files, documents, attachments and every answer hold a debtor's private data: no cache
      // (the browser's, or a shared proxy's) keeps a copy.
      .use(async (c, next) => {
        c.header('Cache-Control', 'no-store');
        await next();
      })
      .use(sameOrigin(allowedHosts, proxy))
      .use(
        bodyLimit({
          maxSize: MAX_UPLOAD,
          onError: () => {
            throw new AppError('tooLarge', `送信できる大きさ(${MAX_UPLOAD / 1024 / 1024}MB)を超えています`);
          },
        }),
      )
      .route('/session', sessionRoutes(db, auth, proxy, loginLimits))
      // Before the login: the invitation's token is the debtor's only credential until the password is set.
      .route('/invitations', invitationRoutes(ctx, proxy))
      .use(authenticate(db, auth))
      .use(idempotentPosts(db))
      .route('/account', accountRoutes(ctx))
      .route('/users', userRoutes(ctx))
      .route('/cases', caseRoutes(ctx))
      .route('/creditors', creditorRoutes(ctx))
      .route('/contracts', contractRoutes(ctx))
      .route('/letterhead', letterheadRoutes(ctx))
      .route('/trash', trashRoutes(ctx))
      .route('/', negotiationRecordRoutes(ctx))
      .route('/', deadlineRoutes(ctx))
      .route('/', coachRoutes(ctx))
      .all('*', () => {
        throw new AppError('notFound', 'そのAPIはありません');
      })
  );
}

export type ApiRoutes = ReturnType<typeof apiRoutes>;

export function createApp(options: AppOptions) {
  const log = options.log ?? (() => {});
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
  app.onError((error, c) => errorResponse(error, c, log));
  app.route('/api', apiRoutes(options));

  const { webRoot } = options;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    app.use('/assets/*', serveStatic({ root: webRoot }));
    app.use('*', serveStatic({ root: webRoot, rewriteRequestPath: (path) => (path.includes('.') ? path : '/index.html') }));
  }
  return app;
}
