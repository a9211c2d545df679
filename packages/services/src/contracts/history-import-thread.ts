// A history workbook read and checked away from the request loop: unpacking, parsing and checking
// 200,000 rows takes seconds of CPU that would stall every other request. Each file is read in a
// worker thread with a bounded heap, at most two at once; its rows come back in slices, each taken
// between other requests: the worker sends the next slice only when this side asks for it (Node reads
// every message waiting on a port in one go, and 40 slices at once held the loop for over a second).
import { Worker } from 'node:worker_threads';
import type { CivilDate, ColumnMapping, HistoryImport, TransactionInput } from '@wakai/core';
import { AppError, type AppErrorCode, type AppErrorDetails } from '../app-error.js';
import type { ImportedRow } from './history-import-rows.js';

/** Rows per message: a slice is taken in a few milliseconds. */
export const ROWS_PER_MESSAGE = 5_000;
/** Workbooks read at once; the next waits for one to finish. */
const AT_ONCE = 2;
/** The worker's heap: a 200,000-row history reads within it; a file needing more is refused, not the server. */
const HEAP_MB = 1536;

export type WorkerMessage =
  | { kind: 'rows'; rows: ImportedRow[]; saved: TransactionInput[] }
  | { kind: 'done'; read: HistoryImport }
  | { kind: 'refused'; code: AppErrorCode; message: string; details: AppErrorDetails };

/** What the file read (or why it was not read): its rows as previewed, and as a save stores them (checked). */
export interface ReadHistory {
  read: HistoryImport;
  rows: ImportedRow[];
  saved: TransactionInput[];
}

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

/** Reads and checks a workbook; throws the AppError a save would (a row and column named). */
export async function readXlsxHistoryOffThread(
  bytes: Uint8Array,
  mapping: ColumnMapping | undefined,
  today: CivilDate,
): Promise<ReadHistory> {
  const done = await turn();
  try {
    return await new Promise<ReadHistory>((resolve, reject) => {
      const rows: ImportedRow[] = [];
      const saved: TransactionInput[] = [];
      const worker = new Worker(new URL('./history-import-worker.js', import.meta.url), {
        workerData: { bytes, mapping, today },
        resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
      });
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'rows') {
          for (const row of message.rows) rows.push(row);
          for (const row of message.saved) saved.push(row);
          worker.postMessage('next');
          return;
        }
        if (message.kind === 'done') resolve({ read: message.read, rows, saved });
        else reject(new AppError(message.code, message.message, message.details));
        void worker.terminate();
      });
      worker.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
          resolve({ read: { ok: false, problems: [{ code: 'import.xlsxTooHeavy', params: {} }] }, rows: [], saved: [] });
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
