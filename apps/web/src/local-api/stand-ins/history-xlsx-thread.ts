// The XLSX history reader's thread, in the browser: the in-browser API is a Web Worker already (the
// page never waits on it), so the workbook is read right there.
import type { ColumnMapping, HistoryImport } from '@wakai/core/engine';
import { readHistoryXlsx } from '@wakai/documents';

export function readHistoryXlsxOffThread(bytes: Uint8Array, mapping?: ColumnMapping): Promise<HistoryImport> {
  return readHistoryXlsx(bytes, mapping);
}
