// Starting Wakai: open the database (PGlite or DATABASE_URL), migrate, add the demo case on an
// empty embedded install, listen (127.0.0.1 only unless told otherwise).
import { type AddressInfo, isIP } from 'node:net';
import { serve } from '@hono/node-server';
import { type DatabaseConfig, localUser, migrateToLatest, type OpenDatabase, openDatabase } from '@wakai/db';
import { addDemoCaseIfEmpty, createServiceContext, purgeExpiredTrash, type ServiceHooks } from '@wakai/services';
import { createApp } from './app.js';
import type { AuthMode } from './auth.js';
import { type ScheduledRefresh, scheduleDeadlineRefresh } from './deadline-refresh.js';
import type { LoginLimits } from './login-throttle.js';

export interface ServeOptions {
  /** Where the data is; an already open database (tests) is used as it is and left open. */
  database: DatabaseConfig | OpenDatabase;
  port: number;
  host?: string;
  webRoot?: string;
  /** Embedded installs default to the local owner; a server (PostgreSQL) to logins. */
  auth?: AuthMode;
  demo?: boolean;
  /** The address people open when a reverse proxy or a LAN name stands in front (WAKAI_PUBLIC_URL). */
  publicUrl?: string;
  /** Believe the proxy's X-Forwarded-Proto/-For (WAKAI_TRUST_PROXY=1); never without a proxy of ours. */
  trustProxy?: boolean;
  loginLimits?: LoginLimits;
  /** What a test may do inside a use case (the crash test pauses a history's save). */
  hooks?: ServiceHooks;
  /** The clock (tests move it to see the trash purged); the real time by default. */
  now?: () => Date;
  log?: (line: string) => void;
  /** How often the stored deadlines are refreshed for today and tomorrow; 0: never (a test computes on read). */
  deadlineRefreshMs?: number;
}

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '::ffff:127.0.0.1';
}

/** Why the local owner (no login) must stay on this machine, and what to run instead; Japanese, then English. */
export function localOwnerRefusal(address: string): { ja: string; en: string } {
  return {
    ja:
      `ログインなしの埋め込みモードは、この端末(127.0.0.1)でしか使えません。${address} で起動すると、同じネットワークの誰でもすべての案件を見られてしまいます。` +
      '事務所で複数の人が使うには、PostgreSQL を用意して DATABASE_URL を設定し、wakai user add で利用者を登録してから起動してください(ログインが必要になります)',
    en:
      `the embedded mode has no login and serves this machine only (127.0.0.1); on ${address} anyone on the network could read every case. ` +
      'For an office server, set DATABASE_URL to a PostgreSQL server and add users with `wakai user add` (logins are then required)',
  };
}

/** The public address as a URL (http or https, no path), or an error saying what is wrong. */
export function parsePublicUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`WAKAI_PUBLIC_URL is not a URL: ${text}`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.hash || url.username)
    throw new Error(`WAKAI_PUBLIC_URL must be an origin such as https://wakai.example.jp: ${text}`);
  return url;
}

/** Why the server could not start, for the operator (Japanese and English): nothing was changed. */
export class StartError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'StartError';
  }
}

function listenError(host: string, port: number, cause: NodeJS.ErrnoException): StartError {
  const why =
    cause.code === 'ENOTFOUND' || cause.code === 'EAI_AGAIN'
      ? { ja: `${host} という名前のアドレスが見つかりません`, en: `${host} does not resolve to an address` }
      : cause.code === 'EADDRINUSE'
        ? { ja: `ポート ${port} はほかのプログラムが使っています`, en: `port ${port} is in use` }
        : cause.code === 'EADDRNOTAVAIL'
          ? { ja: `${host} はこの端末のアドレスではありません`, en: `${host} is not an address of this machine` }
          : { ja: cause.message, en: cause.message };
  return new StartError(
    `${host}:${port} で待ち受けできません: ${why.ja}。--host と --port を確かめてください(データベースには触れていません)`,
    `cannot listen on ${host}:${port}: ${why.en} (the database was not touched)`,
  );
}

/** Before the database is ready, the API answers that the server is starting. */
function starting(): Response {
  const body = { error: { code: 'internal', message: '起動中です。少し待ってからもう一度開いてください' } };
  return new Response(JSON.stringify(body), { status: 503, headers: { 'content-type': 'application/json', 'retry-after': '1' } });
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
  const publicUrl = options.publicUrl ? parsePublicUrl(options.publicUrl) : undefined;
  // Anyone who can reach a local-owner server is its owner: it must never listen beyond this machine.
  if (auth === 'local' && (!isLoopback(host) || (publicUrl && !isLoopback(publicUrl.hostname)))) {
    const { ja, en } = localOwnerRefusal(isLoopback(host) ? (publicUrl?.host ?? host) : host);
    throw new Error(`${ja}\n${en}`);
  }
  // Listen first: an address this machine cannot take (a name that does not resolve, a port in use)
  // fails before the database is opened, migrated or given the demo.
  let app: ReturnType<typeof createApp> | undefined;
  const server = serve({
    fetch: (request, env) => (app ? app.fetch(request, env) : starting()),
    port: options.port,
    hostname: host,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(host, options.port, error)));
  });
  const port = (server.address() as AddressInfo).port;
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const given = 'db' in options.database;
  let opened: OpenDatabase;
  try {
    opened = 'db' in options.database ? options.database : await openDatabase(options.database, { log });
  } catch (error) {
    await stopListening();
    const message = (error as Error).message;
    throw new StartError(`データベースを開けません: ${message}`, `cannot open the database: ${message}`);
  }
  const { db, close } = opened;
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) log(`database: applied ${applied.join(', ')}`);
    if (auth === 'local' && options.demo !== false && (await addDemoCaseIfEmpty(createServiceContext({ db }), await localUser(db))))
      log('database: added the demo case');
    const purged = await purgeExpiredTrash(createServiceContext({ db, ...(options.now ? { now: options.now } : {}) }));
    if (purged > 0) log(`database: purged ${purged} item(s) kept in the trash beyond their time`);
  } catch (error) {
    await stopListening();
    if (!given) await close();
    throw error;
  }
  const allowedHosts = () => [
    `127.0.0.1:${port}`,
    `localhost:${port}`,
    ...(host !== '127.0.0.1' ? [`${host}:${port}`] : []),
    ...(publicUrl ? [publicUrl.host] : []),
  ];
  app = createApp({
    db,
    auth,
    allowedHosts,
    proxy: { ...(publicUrl ? { publicUrl } : {}), trustProxy: options.trustProxy === true },
    ...(options.loginLimits ? { loginLimits: options.loginLimits } : {}),
    ...(options.hooks ? { hooks: options.hooks } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    log,
  });
  const refreshMs = options.deadlineRefreshMs ?? undefined;
  const refresh: ScheduledRefresh | undefined =
    refreshMs === 0
      ? undefined
      : scheduleDeadlineRefresh(createServiceContext({ db, ...(options.now ? { now: options.now } : {}) }), {
          ...(refreshMs ? { everyMs: refreshMs } : {}),
          log,
        });
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    close: async () => {
      await stopListening();
      await refresh?.stop();
      if (!given) await close();
    },
  };
}
