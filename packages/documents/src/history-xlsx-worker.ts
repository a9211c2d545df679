// Runs in a worker thread: reads one history workbook and posts what it read (history-xlsx-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { readHistoryXlsx } from './history-xlsx.js';

parentPort?.postMessage(await readHistoryXlsx(workerData as Uint8Array));
