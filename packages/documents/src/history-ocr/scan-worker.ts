// Runs in a worker thread: reads one scan by OCR, posting each page read, then the result (scan-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { readHistoryScan } from './scan-history.js';

const result = await readHistoryScan(workerData as Uint8Array, {
  onPage: (page, total) => parentPort?.postMessage({ kind: 'page', page, total }),
});
parentPort?.postMessage({ kind: 'done', result });
