// Documents laid out away from the request loop: pdfmake takes over a second of CPU for a 30-creditor
// 受任通知 bundle, which would hold every other request. The request loop builds the model (and refuses
// what lacks a fact, as before); one long-lived worker thread, its fonts loaded once, renders it.
// The worker keeps the process alive only while a document is being made (a CLI command still ends).
import { Worker } from 'node:worker_threads';
import type { DocumentFormat, DocumentModel } from '@wakai/documents/models';

export interface RenderRequest {
  id: number;
  model: DocumentModel;
  format: DocumentFormat;
}

export type RenderReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

interface Job {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
const jobs = new Map<number, Job>();
let lastId = 0;

function renderer(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./document-render-worker.js', import.meta.url));
  started.on('message', settle);
  started.once('error', (error) => stopped(started, error));
  started.once('exit', (code) => stopped(started, new Error(`the document renderer stopped (exit ${code})`)));
  started.unref();
  worker = started;
  return started;
}

function settle(reply: RenderReply) {
  const job = jobs.get(reply.id);
  if (!job) return;
  jobs.delete(reply.id);
  if (jobs.size === 0) worker?.unref();
  if ('bytes' in reply) job.resolve(reply.bytes);
  else job.reject(new Error(reply.error));
}

/** A worker that failed fails the documents it was making; the next document starts a new one. */
function stopped(failed: Worker, error: Error) {
  if (worker !== failed) return;
  worker = undefined;
  for (const job of jobs.values()) job.reject(error);
  jobs.clear();
}

/** The bytes of a built model in `format`, rendered in the worker thread. */
export function renderModelOffThread(model: DocumentModel, format: DocumentFormat): Promise<Uint8Array> {
  const thread = renderer();
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    jobs.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ id, model, format } satisfies RenderRequest);
  });
}
