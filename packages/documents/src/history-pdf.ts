// Everything that needs pdf.js, behind one entry point so that callers load it only when a PDF comes.
export * from './history-pdf/history-pdf.js';
export * from './history-pdf/pdf-text.js';
