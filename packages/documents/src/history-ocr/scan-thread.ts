// A scan read away from the request loop: straightening a page and taking out its rules is a second
// of CPU a page, the OCR many more; one worker thread a scan, one scan at a time (OCR takes a core).
// Cancelling ends the thread, and with it the OCR.
import { Worker } from 'node:worker_threads';
import type { PdfProgress } from '../history-pdf/pdf-text.js';
import type { ScanResult } from './scan-history.js';

let queue: Promise<unknown> = Promise.resolve();

type Message = { kind: 'page'; page: number; total: number } | { kind: 'done'; result: ScanResult };

export function readHistoryScanOffThread(bytes: Uint8Array, progress: PdfProgress = {}): Promise<ScanResult> {
  const run = queue.then(() => readInWorker(bytes, progress));
  queue = run.catch(() => undefined);
  return run;
}

function readInWorker(bytes: Uint8Array, { onPage, signal }: PdfProgress): Promise<ScanResult> {
  signal?.throwIfAborted();
  return new Promise<ScanResult>((resolve, reject) => {
    const worker = new Worker(new URL('./scan-worker.js', import.meta.url), { workerData: bytes });
    const cancel = () => {
      void worker.terminate();
      reject(signal?.reason ?? new Error('cancelled'));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    const finish = () => signal?.removeEventListener('abort', cancel);
    worker.on('message', (message: Message) => {
      if (message.kind === 'page') onPage?.(message.page, message.total);
      else {
        finish();
        resolve(message.result);
        void worker.terminate();
      }
    });
    worker.once('error', (error) => {
      finish();
      reject(error);
    });
    worker.once('exit', (code) => {
      finish();
      if (code !== 0) reject(new Error(`the scan reader stopped (exit ${code})`));
    });
  });
}
