// Starting Wakai: open the database (PGlite or DATABASE_URL), migrate, add the demo case on an
// empty embedded install, listen (127.0.0.1 only unless told otherwise).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type DatabaseConfig, insertCaseContent, listCases, localUser, migrateToLatest, type OpenDatabase, openDatabase } from '@wakai/db';
import { createApp } from './app.js';
import type { AuthMode } from './auth.js';
import { demoCase } from './demo-case.js';
import { todayInJapan } from './today.js';

export interface ServeOptions {
  /** Where the data is; an already open database (tests) is used as it is and left open. */
  database: DatabaseConfig | OpenDatabase;
  port: number;
  host?: string;
  webRoot?: string;
  /** Embedded installs default to the local owner; a server (PostgreSQL) to logins. */
  auth?: AuthMode;
  demo?: boolean;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const host = options.host ?? '127.0.0.1';
  const auth = options.auth ?? (options.database.engine === 'pglite' ? 'local' : 'login');
  const given = 'db' in options.database;
  const { db, close } = 'db' in options.database ? options.database : await openDatabase(options.database);
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log(`database: applied ${applied.join(', ')}`);
  if (auth === 'local' && options.demo !== false) {
    const owner = await localUser(db);
    if ((await listCases(db, owner.id)).length === 0) {
      await insertCaseContent(db, owner.id, demoCase(todayInJapan()));
      log('database: added the demo case');
    }
  }
  let port = options.port;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`, ...(host !== '127.0.0.1' ? [`${host}:${port}`] : [])];
  const app = createApp({ db, auth, allowedHosts, ...(options.webRoot ? { webRoot: options.webRoot } : {}), log });
  const server = serve({ fetch: app.fetch, port: options.port, hostname: host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!given) await close();
    },
  };
}
