// A history from a PDF with a text layer: its words with their places (pdf-text.ts) laid out into
// the creditor's table and read by the same rules as a CSV (readPlacedHistory). A PDF whose pages
// carry no text (a scan) is told apart, so that it can be read by OCR instead.
import { type ColumnMapping, type HistoryImport, isPdfFile, readPlacedHistory } from '@wakai/core/engine';
import { openPdf, type PdfProgress, pdfWords } from './pdf-text.js';

/** `%PDF-` within the first kilobyte, where readers look for it. */
export const isPdf = isPdfFile;

export async function readHistoryPdf(bytes: Uint8Array, progress: PdfProgress = {}, mapping?: ColumnMapping): Promise<HistoryImport> {
  let pdf: Awaited<ReturnType<typeof openPdf>>;
  try {
    pdf = await openPdf(bytes);
  } catch (error) {
    return { ok: false, problems: [{ code: 'import.pdf', params: { detail: (error as Error).message } }] };
  }
  try {
    const words = await pdfWords(pdf, progress);
    if (words.length === 0) return { ok: false, problems: [{ code: 'import.pdfNoText', params: {} }] };
    return readPlacedHistory(words, mapping);
  } finally {
    await pdf.destroy();
  }
}
