// The HTTP API and the web app, assembled for Node: security headers, the API's routes
// (api-routes.ts) and the built web app's files.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { type ApiOptions, apiRoutes } from './api-routes.js';
import type { Env } from './auth.js';
import { errorResponse } from './http-errors.js';

export type { ApiOptions, ApiRoutes } from './api-routes.js';
export interface AppOptions extends ApiOptions {
  /** The built web app (apps/web/dist), if there is one. */
  webRoot?: string;
  log?: (line: string) => void;
}

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
