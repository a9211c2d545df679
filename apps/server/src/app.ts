// The HTTP API and the web app, assembled. Thin routes; the core validates and computes, the db
// stores, every case-scoped route checks the owner (case-access.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Database } from '@wakai/db';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { AppError } from './app-error.js';
import { type AuthMode, authenticate, type Env, sameOrigin, sessionRoutes } from './auth.js';
import { historyFiguresCache } from './history-figures-cache.js';
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
  log?: (line: string) => void;
}

const MAX_UPLOAD = 20 * 1024 * 1024;

export function createApp({ db, auth, allowedHosts, webRoot, log = () => {} }: AppOptions) {
  const app = new Hono<Env>();

  app.onError((error, c) => {
    if (error instanceof AppError) return c.json(error.toJSON(), error.status);
    log(`internal error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return c.json(new AppError('internal', 'サーバーで問題が起きました。入力した内容は保存されていない可能性があります').toJSON(), 500);
  });

  const api = new Hono<Env>();
  api.use(sameOrigin(allowedHosts));
  api.use(
    bodyLimit({
      maxSize: MAX_UPLOAD,
      onError: () => {
        throw new AppError('tooLarge', `送信できる大きさ(${MAX_UPLOAD / 1024 / 1024}MB)を超えています`);
      },
    }),
  );
  api.route('/session', sessionRoutes(db, auth));
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
