// The words of a PDF's text layer with where they stand, read with pdf.js (no canvas, no network,
// no eval of the file's code). Pages are read one at a time so progress can be told and the
// reading stopped between pages.
import type { PlacedText } from '@wakai/core/engine';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;

/** pdf.js is loaded only when a PDF is read (it is large). */
export function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** At most this many pages are read: a history of 200,000 rows fits in far fewer. */
export const MAX_PDF_PAGES = 2000;

export interface PdfProgress {
  /** Pages read, and the document's pages. */
  onPage?: (read: number, total: number) => void;
  signal?: AbortSignal;
}

export type OpenedPdf = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Opens a PDF; throws what pdf.js throws for a file that is not one. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const { getDocument } = await pdfjs();
  // pdf.js takes over (detaches) the buffer it is given: it gets a copy.
  return getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
}

/** The text layer of every page, y measured downwards from the page's top, in points. */
export async function pdfWords(pdf: OpenedPdf, progress: PdfProgress = {}): Promise<PlacedText[]> {
  const words: PlacedText[] = [];
  const total = Math.min(pdf.numPages, MAX_PDF_PAGES);
  for (let number = 1; number <= total; number++) {
    progress.signal?.throwIfAborted();
    const page = await pdf.getPage(number);
    const { height: pageHeight } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x, baseline] = item.transform as number[];
      const height = item.height || Math.abs((item.transform as number[])[3] ?? 0);
      // The baseline is near the glyphs' bottom; the box is taken as one font height above it.
      words.push({ page: number, x: x ?? 0, y: pageHeight - (baseline ?? 0) - height, width: item.width, height, text: item.str });
    }
    page.cleanup();
    progress.onPage?.(number, total);
  }
  return words;
}
