// The XLSX history import's thread, in the browser: the in-browser API is a Web Worker already (the
// page never waits on it), so the workbook is read and checked right there.
import type { CivilDate, ColumnMapping } from '@wakai/core';
import { readHistoryXlsx } from '@wakai/documents';
import { checkedHistory, importedRows, savedRows } from '@wakai/services';

export async function readXlsxHistoryOffThread(bytes: Uint8Array, mapping: ColumnMapping | undefined, today: CivilDate) {
  const read = await readHistoryXlsx(bytes, mapping);
  if (!read.ok) return { read, rows: [], saved: [] };
  const rows = importedRows(read.transactions);
  return { read, rows, saved: checkedHistory(today, savedRows(rows)) };
}
