// Everything that needs pdf.js, behind one entry point so that callers load it only when a PDF comes.

export * from './history-ocr/scan-history.js';
export { isImage } from './history-ocr/scan-pages.js';
export * from './history-ocr/scan-thread.js';
export * from './history-pdf/history-pdf.js';
export * from './history-pdf/pdf-text.js';
