// The static build's transport: the page's /api requests go to the in-browser API (a Web Worker),
// started as the page loads (main.tsx) or else on the first request. Answers come back as ordinary Responses.
import type { WorkerAnswer, WorkerRequest } from './worker-messages.js';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (answer: WorkerAnswer) => void>();

function apiWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./api-worker.ts', import.meta.url), { type: 'module', name: 'wakai-api' });
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
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
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  const id = nextId++;
  const message: WorkerRequest = { id, method: request.method, path, headers: [...request.headers], ...(body ? { body } : {}) };
  const answer = await new Promise<WorkerAnswer>((resolve) => {
    waiting.set(id, resolve);
    apiWorker().postMessage(message, body ? [body] : []);
  });
  return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });
}

/** Ends the in-browser API (before its database is deleted); the next request starts it again. */
export function stopApiWorker() {
  worker?.terminate();
  worker = undefined;
}
