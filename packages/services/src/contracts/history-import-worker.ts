// Runs in a worker thread: reads one history workbook, checks its rows as a save would, and posts
// them back in slices (history-import-thread.ts), so the request loop never takes 200,000 rows at once.
import { parentPort, workerData } from 'node:worker_threads';
import type { CivilDate, ColumnMapping } from '@wakai/core';
import { readHistoryXlsx } from '@wakai/documents/xlsx';
import { AppError } from '../app-error.js';
import { checkedHistory, importedRows, savedRows } from './history-import-rows.js';
import { ROWS_PER_MESSAGE, type WorkerMessage } from './history-import-thread.js';

const { bytes, mapping, today } = workerData as { bytes: Uint8Array; mapping?: ColumnMapping; today: CivilDate };
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
/** The request loop asks for each slice once it has taken the one before. */
const asked = () => new Promise<void>((resolve) => parentPort?.once('message', () => resolve()));

const read = await readHistoryXlsx(bytes, mapping);
if (!read.ok) post({ kind: 'done', read });
else {
  const rows = importedRows(read.transactions);
  try {
    const saved = checkedHistory(today, savedRows(rows));
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
      const end = start + ROWS_PER_MESSAGE;
      post({ kind: 'rows', rows: rows.slice(start, end), saved: saved.slice(start, end) });
      await asked();
    }
    post({ kind: 'done', read: { ...read, transactions: [] } });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    post({ kind: 'refused', code: error.code, message: error.userMessage, details: error.details });
  }
}
