// The static build's transport: the page's /api requests go to the in-browser API (a Web Worker),
// started as the page loads (main.tsx) or else on the first request. Answers come back as ordinary
// Responses; while the database opens, the overview's reads are answered from the saved view.
import { databaseSettled, databaseStatus, savedViewShown } from './database-status.js';
import { deletedCase, forgetSavedViews, keepAnswer, savedAnswer } from './saved-view.js';
import type { WorkerAnswer, WorkerRequest, WorkerStatus } from './worker-messages.js';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (answer: WorkerAnswer) => void>();

function apiWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./api-worker.ts', import.meta.url), { type: 'module', name: 'wakai-api' });
  worker.onmessage = (event: MessageEvent<WorkerAnswer | WorkerStatus>) => {
    const { data } = event;
    if ('database' in data) return databaseSettled(data.database);
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  };
  return worker;
}

/** Starts the in-browser API now, so that its database opens while the page is still rendering. */
export function startApiWorker() {
  apiWorker();
}

/** fetch(`/api${path}`), answered inside this browser. */
export async function workerFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(`${location.origin}/api${path}`, init);
  const { method } = request;
  const saved = databaseStatus().state === 'opening' ? savedAnswer(method, path) : undefined;
  if (saved) {
    savedViewShown(saved.savedAt);
    return saved.response;
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : await request.arrayBuffer();
  const id = nextId++;
  const message: WorkerRequest = { id, method, path, headers: [...request.headers], ...(body ? { body } : {}) };
  const answer = await new Promise<WorkerAnswer>((resolve) => {
    waiting.set(id, resolve);
    apiWorker().postMessage(message, body ? [body] : []);
  });
  keepAnswer(method, path, answer);
  const deleted = answer.status < 300 ? deletedCase(method, path) : undefined;
  if (deleted) forgetSavedViews(deleted);
  return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });
}

/** Ends the in-browser API (before its database is deleted); the next request starts it again. */
export function stopApiWorker() {
  worker?.terminate();
  worker = undefined;
  databaseSettled('opening');
}
