// Everything that needs the OCR (tesseract.js, sharp, worker threads), behind its own entry point:
// loaded only for a scan, and never by a build that cannot run it.
export * from './history-ocr/scan-history.js';
export { isImage } from './history-ocr/scan-pages.js';
export * from './history-ocr/scan-thread.js';
