// The API's routes: each parses the request, calls a use case of @wakai/services and answers;
// authentication and same-origin checks stand before them. Served by Node (app.ts) or, in the
// static build, inside the browser's worker (browser.ts). Beyond node:crypto's sha256 and random
// bytes (which the static build supplies), nothing here or below may need Node.
import { AppError, createServiceContext, type Database, type ServiceHooks } from '@wakai/services';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { type AuthMode, authenticate, type Env, knownHost, type ProxySettings, sameOrigin, sessionRoutes } from './auth.js';
import { idempotentPosts } from './idempotency.js';
import type { LoginLimits } from './login-throttle.js';
import { accountRoutes, userRoutes } from './routes/account.js';
import { caseRoutes } from './routes/cases.js';
import { coachRoutes } from './routes/coach.js';
import { contractRoutes } from './routes/contracts.js';
import { creditorRoutes } from './routes/creditors.js';
import { deadlineRoutes } from './routes/deadlines.js';
import { invitationUploadRoutes } from './routes/invitation-upload.js';
import { invitationRoutes } from './routes/invitations.js';
import { letterheadRoutes } from './routes/letterhead.js';
import { negotiationRecordRoutes } from './routes/negotiation-records.js';
import { trashRoutes } from './routes/trash.js';

export interface ApiOptions {
  db: Kysely<Database>;
  auth: AuthMode;
  /** Host headers accepted (e.g. 127.0.0.1:3000, localhost:3000); read at request time. */
  allowedHosts: () => readonly string[];
  /** A public address (WAKAI_PUBLIC_URL) and whether a reverse proxy's headers are believed. */
  proxy?: ProxySettings;
  /** Failed logins allowed per account and per client (tests lower them). */
  loginLimits?: LoginLimits;
  /** What a test may do inside a use case (the crash test pauses a history's save). */
  hooks?: ServiceHooks;
  /** The services' clock (tests move it). */
  now?: () => Date;
}

const MAX_UPLOAD = 20 * 1024 * 1024;

/** The API's routes; their type is what the web app's client reads the answers with (no hand copies). */
export function apiRoutes({ db, auth, allowedHosts, proxy = {}, loginLimits, hooks, now }: ApiOptions) {
  const ctx = createServiceContext({ db, ...(hooks ? { hooks } : {}), ...(now ? { now } : {}) });
  return (
    new Hono<Env>()
      // Case files, documents, attachments and every answer hold a debtor's private data: no cache
      // (the browser's, or a shared proxy's) keeps a copy.
      .use(async (c, next) => {
        c.header('Cache-Control', 'no-store');
        await next();
      })
      .use(knownHost(allowedHosts))
      .use(
        bodyLimit({
          maxSize: MAX_UPLOAD,
          onError: () => {
            throw new AppError('tooLarge', `送信できる大きさ(${MAX_UPLOAD / 1024 / 1024}MB)を超えています`);
          },
        }),
      )
      // The only routes other sites may call (the debtor's Wakai elsewhere sending a case file): the
      // invitation's token is their credential, they read no cookie, and they answer before sameOrigin.
      .route('/invitations', invitationUploadRoutes(ctx, proxy))
      .use(sameOrigin(allowedHosts, proxy))
      .route('/session', sessionRoutes(ctx, auth, proxy, loginLimits))
      // Before the login: the invitation's token is the debtor's only credential until the password is set.
      .route('/invitations', invitationRoutes(ctx, proxy))
      .use(authenticate(ctx, auth))
      .use(idempotentPosts(ctx))
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
