// The API inside a browser (the static build's Web Worker): the same routes as the server's, over
// PGlite in the browser's storage, answering as the local owner (one person, this device, no
// passwords: like the embedded mode on 127.0.0.1).
import { localUser, migrateBrowserDatabase, openBrowserDatabase } from '@wakai/db/browser';
import { createServiceContext, purgeExpiredTrash } from '@wakai/services';
import { Hono } from 'hono';
import { apiRoutes } from './api-routes.js';
import type { Env } from './auth.js';
import { errorResponse } from './http-errors.js';

export interface BrowserApi {
  /** Answers a request for /api/… as the server would. */
  fetch: (request: Request) => Promise<Response>;
  close: () => Promise<void>;
}

/**
 * Opens the browser's database (`idb://wakai` unless told otherwise), migrates it, empties the trash
 * of what outlived its time, and serves the API. A worker's requests carry no Host or Origin header:
 * they come only from this page through postMessage, there is no network side to guard.
 */
export async function startBrowserApi({
  dataDir,
  seed,
  log = () => {},
}: {
  dataDir?: string;
  /** For a first visit: the database made at build time (seedDatabase), instead of initdb and the migrations. */
  seed?: Blob;
  log?: (line: string) => void;
} = {}): Promise<BrowserApi> {
  const { db, close, persist } = await openBrowserDatabase(dataDir, seed ? { seed } : {});
  performance.mark('wakai:database-opened');
  await migrateBrowserDatabase(db);
  performance.mark('wakai:migrated');
  await localUser(db);
  await purgeExpiredTrash(createServiceContext({ db }));
  performance.mark('wakai:api-ready');
  const app = new Hono<Env>();
  app.onError((error, c) => errorResponse(error, c, log));
  app.route('/api', apiRoutes({ db, auth: 'local', allowedHosts: () => [''] }));
  return {
    fetch: async (request) => {
      const response = await app.fetch(request);
      // A read changes nothing to store (and is not kept waiting for the write of another request).
      if (request.method !== 'GET' && request.method !== 'HEAD') await persist();
      return response;
    },
    close,
  };
}
