// The static build's server: a Web Worker that runs Wakai's API over PGlite in this browser's
// IndexedDB. The page posts each /api request here (worker-client.ts); nothing leaves the device.
import './node-globals.js';
import { type BrowserApi, startBrowserApi } from '@wakai/server/browser';
import type { WorkerAnswer, WorkerRequest, WorkerStatus } from './worker-messages.js';

/** Another tab of this site holds the database (PGlite's IndexedDB files are one tab's at a time). */
const OTHER_TAB = 'Wakai はこの端末のほかのタブ(またはウィンドウ)で開いています。そちらを閉じてから、このページを開き直してください';

/** How long a page waits for the database still held by the page it replaces: a reload's old worker
 * lets go within seconds, but not always before the new one asks (a CI run lost a case that way). */
const HANDOVER_MS = 15_000;

/** Holds the site's database lock for as long as this worker lives; refuses if another tab keeps it past the handover. */
function holdDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    navigator.locks
      .request('wakai-database', { signal: AbortSignal.timeout(HANDOVER_MS) }, () => {
        resolve();
        return new Promise<never>(() => {});
      })
      .catch((error: unknown) => reject(error instanceof DOMException && error.name === 'TimeoutError' ? new Error(OTHER_TAB) : error));
  });
}

/** The database made at build time (vite.config.ts), for a browser that holds none yet. */
declare const __WAKAI_DATABASE_SEED__: string;
/** The name PGlite's IndexedDB file system gives the database of `idb://wakai`. */
const DATABASE_NAME = '/pglite/wakai';

async function firstVisitSeed(): Promise<Blob | undefined> {
  if ((await indexedDB.databases()).some(({ name }) => name === DATABASE_NAME)) return undefined;
  const response = await fetch(new URL(__WAKAI_DATABASE_SEED__, self.location.href));
  return response.ok ? response.blob() : undefined;
}

const started: Promise<BrowserApi> = holdDatabase()
  .then(() => performance.mark('wakai:database-locked'))
  .then(firstVisitSeed)
  .then((seed) => {
    performance.mark('wakai:seed-fetched');
    return seed;
  })
  .then((seed) => startBrowserApi({ ...(seed ? { seed } : {}), log: (line) => console.error(line) }));
started.then(
  () => tell({ database: 'open' }),
  (error: unknown) => {
    console.error('Wakai: the database could not be opened', error instanceof Error ? error.stack : error);
    tell({ database: 'failed' });
  },
);

function tell(status: WorkerStatus) {
  (self as unknown as Worker).postMessage(status);
}

/** The API's error shape, for a database this browser would not open (private mode, no space). */
function unavailable(error: unknown): Response {
  if (error instanceof Error && error.message === OTHER_TAB)
    return Response.json({ error: { code: 'conflict', message: OTHER_TAB } }, { status: 409 });
  const message =
    'この端末のブラウザにデータを保存できません。プライベートブラウズをやめるか、空き容量を確かめてから開き直してください' +
    `(${error instanceof Error ? error.message : String(error)})`;
  return Response.json({ error: { code: 'internal', message } }, { status: 503 });
}

async function answer({ method, path, headers, body }: WorkerRequest): Promise<Response> {
  let api: BrowserApi;
  try {
    api = await started;
  } catch (error) {
    return unavailable(error);
  }
  // The host is a name no network resolves: the request never leaves this worker.
  return api.fetch(new Request(`http://wakai.invalid/api${path}`, { method, headers, ...(body ? { body } : {}) }));
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const response = await answer(event.data);
  const body = await response.arrayBuffer();
  const message: WorkerAnswer = { id: event.data.id, status: response.status, headers: [...response.headers], body };
  (self as unknown as Worker).postMessage(message, [body]);
};
