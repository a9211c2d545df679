// A history workbook read away from the request loop: unpacking and parsing a large XLSX takes
// seconds of CPU that would stall every other user's requests. Each file is read in a worker thread
// with a bounded heap, at most two at once (the office server may have two cores).
import { Worker } from 'node:worker_threads';
import type { ColumnMapping, HistoryImport } from '@wakai/core/engine';

/** Workbooks read at once; the next waits for one to finish. */
const AT_ONCE = 2;
/** The worker's heap: a 200,000-row history reads within it; a file needing more is refused, not the server. */
const HEAP_MB = 1536;

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

export async function readHistoryXlsxOffThread(bytes: Uint8Array, mapping?: ColumnMapping): Promise<HistoryImport> {
  const done = await turn();
  try {
    return await new Promise<HistoryImport>((resolve, reject) => {
      const worker = new Worker(new URL('./history-xlsx-worker.js', import.meta.url), {
        workerData: { bytes, mapping },
        resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
      });
      worker.once('message', (read: HistoryImport) => {
        resolve(read);
        void worker.terminate();
      });
      worker.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve({ ok: false, problems: [{ code: 'import.xlsxTooHeavy', params: {} }] });
        else reject(error);
      });
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`the XLSX reader stopped (exit ${code})`));
      });
    });
  } finally {
    done();
  }
}
