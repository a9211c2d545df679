// Runs in a worker thread: reads one history workbook and posts what it read (history-xlsx-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { ColumnMapping } from '@wakai/core/engine';
import { readHistoryXlsx } from './history-xlsx.js';

const { bytes, mapping } = workerData as { bytes: Uint8Array; mapping?: ColumnMapping };
parentPort?.postMessage(await readHistoryXlsx(bytes, mapping));
