// A history from a scan or photo: each page straightened and cleared of rules (page-image.ts), read
// by tesseract.js with the Japanese trained data from its npm package (no network), the words laid
// into the creditor's table, and every doubtful cell marked (reviewScan). Rows with a mark come with
// the image of their line, to be checked against the paper.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type ImportProblem, layOutTable, type PlacedText, reviewScan, type ScanReview } from '@wakai/core/engine';
import type { PdfProgress } from '../history-pdf/pdf-text.js';
import { greyImage, pngOf, rotated, skewDegrees, stripPng, withoutRules } from './page-image.js';
import { scanPages } from './scan-pages.js';

const require = createRequire(import.meta.url);

export interface ScanRead {
  ok: true;
  review: ScanReview;
  /** The image of each marked row's line (PNG data URL), by the row's table number. */
  lineImages: Record<number, string>;
  pages: number;
  /** How far each page was turned to straighten it, in degrees. */
  skew: number[];
}

export type ScanResult = ScanRead | { ok: false; problems: ImportProblem[] };

type TesseractWorker = Awaited<ReturnType<typeof import('tesseract.js')['createWorker']>>;

/** A tesseract worker with the Japanese model from node_modules (the integer model: small and fast). */
async function ocrWorker(): Promise<TesseractWorker> {
  const { createWorker, OEM } = require('tesseract.js') as typeof import('tesseract.js');
  const langPath = join(dirname(require.resolve('@tesseract.js-data/jpn')), '4.0.0_best_int');
  const worker = await createWorker('jpn', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' });
  // One block of text a page (the rules are gone); spaces kept, so cells stay apart.
  await worker.setParameters({ tessedit_pageseg_mode: '6' as never, preserve_interword_spaces: '1' });
  return worker;
}

/** The words of one prepared page with their confidences, in the page's pixels. */
async function pageWords(worker: TesseractWorker, png: Buffer, page: number, width: number): Promise<PlacedText[]> {
  // Scans seldom say their resolution: taken from the width of an A4 page (8.27 in).
  await worker.setParameters({ user_defined_dpi: String(Math.min(600, Math.max(70, Math.round(width / 8.27)))) });
  const { data } = await worker.recognize(png, {}, { blocks: true, text: false });
  const words: PlacedText[] = [];
  for (const block of data.blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines)
        for (const word of line.words) {
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({ page, x: x0, y: y0, width: x1 - x0, height: y1 - y0, text: word.text, confidence: word.confidence });
        }
  return words;
}

export async function readHistoryScan(bytes: Uint8Array, progress: PdfProgress = {}): Promise<ScanResult> {
  const worker = await ocrWorker();
  const abort = () => void worker.terminate();
  progress.signal?.addEventListener('abort', abort, { once: true });
  try {
    const words: PlacedText[] = [];
    const prepared = new Map<number, Awaited<ReturnType<typeof greyImage>>>();
    const skew: number[] = [];
    let pages = 0;
    for await (const { page, total, image } of scanPages(bytes)) {
      progress.signal?.throwIfAborted();
      pages = total;
      if (!image) continue;
      let grey = await greyImage(image);
      const degrees = skewDegrees(grey);
      skew.push(degrees);
      grey = await rotated(grey, -degrees);
      prepared.set(page, grey);
      words.push(...(await pageWords(worker, await pngOf(withoutRules(grey)), page, grey.width)));
      progress.onPage?.(page, total);
    }
    const table = layOutTable(words);
    if (!table.ok)
      return { ok: false, problems: [{ code: table.code === 'import.empty' ? 'import.empty' : 'import.scanNoTable', params: {} }] };
    const review = reviewScan(table);
    const lineImages: Record<number, string> = {};
    for (const row of review.rows) {
      const image = prepared.get(row.page);
      if (!image || !row.cells.some((cell) => cell.marks.length > 0)) continue;
      lineImages[row.line] = `data:image/png;base64,${(await stripPng(image, row.top, row.bottom)).toString('base64')}`;
    }
    return { ok: true, review, lineImages, pages, skew };
  } finally {
    progress.signal?.removeEventListener('abort', abort);
    await worker.terminate();
  }
}
