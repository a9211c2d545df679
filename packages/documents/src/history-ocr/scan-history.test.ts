// Scans of the three creditor layouts (pdftoppm at 150 and 200 dpi, turned 1–2°, noise, JPEG) read
// by OCR. The property that matters: no cell read wrong passes without a mark (every cell is
// compared with the source); and once the marked cells are corrected, the history recalculates
// exactly as its source. The share of cells read exactly is printed per layout and resolution.
import { type LayoutField, parseRatePercent, readHistoryCsv, recalculate, reviewCsv, type ScanReview } from '@wakai/core/engine';
import { describe, expect, it } from 'vitest';
import {
  expectedTransactions,
  historyPdf,
  type LayoutName,
  type SourceRow,
  sourceRows,
} from '../history-pdf/creditor-histories.fixture.js';
import { readHistoryScan } from './scan-history.js';
import { scannedPages, scannedPdf } from './scans.fixture.js';

/** The value each checked column must hold, as the review gives it. */
function sourceText(field: LayoutField, row: SourceRow): string | undefined {
  const amount = (value: number) => (value === 0 ? '' : String(value));
  if (field === 'date') return row.date;
  if (field === 'borrow') return amount(row.borrow);
  if (field === 'repay') return amount(row.repay);
  if (field === 'interest') return amount(row.interest);
  if (field === 'balance') return String(row.balance);
  if (field === 'days') return amount(row.days);
  if (field === 'note') return row.note ?? '';
  return undefined;
}

function sameCell(field: LayoutField, text: string, row: SourceRow): boolean {
  if (field === 'rate') {
    const rate = parseRatePercent(text);
    return rate.ok && rate.value === row.rate;
  }
  return text === sourceText(field, row);
}

/** Cells compared, read exactly, and read wrong without a mark (which must be none). */
function compare(review: ScanReview, rows: readonly SourceRow[]) {
  let cells = 0;
  let exact = 0;
  const unmarkedWrong: string[] = [];
  review.rows.forEach((reviewed, r) => {
    review.fields.forEach((field, c) => {
      if (!field || field === 'estimated') return;
      const cell = reviewed.cells[c];
      const source = rows[r] as SourceRow;
      if (!cell) return;
      cells++;
      if (sameCell(field, cell.text, source)) exact++;
      else if (cell.marks.length === 0) unmarkedWrong.push(`row ${r + 1} ${field}: read ${cell.read} for ${sourceText(field, source)}`);
    });
  });
  return { cells, exact, unmarkedWrong };
}

/** The person's correction: every marked cell set to what the paper says. */
function corrected(review: ScanReview, rows: readonly SourceRow[]): ScanReview {
  return {
    ...review,
    rows: review.rows.map((reviewed, r) => ({
      ...reviewed,
      cells: reviewed.cells.map((cell, c) => {
        const field = review.fields[c];
        const source = rows[r] as SourceRow;
        if (cell.marks.length === 0 || !field) return cell;
        const text = field === 'rate' ? String((source.rate as number) / 10_000) : (sourceText(field, source) ?? cell.text);
        return { ...cell, text, marks: [] };
      }),
    })),
  };
}

const cases: [LayoutName, 150 | 200, number][] = [
  ['consumer', 200, 1.5],
  ['consumer', 150, -1],
  ['bank', 200, -2],
  ['bank', 150, 1],
  ['nagoya', 200, 1.2],
  ['nagoya', 150, -1.8],
];

describe('readHistoryScan', () => {
  it.each(cases)(
    'reads a %s scan at %i dpi turned %f°: no wrong cell unmarked',
    async (layout, dpi, degrees) => {
      const rows = sourceRows(layout, 30);
      const [page] = await scannedPages(await historyPdf(layout, rows), { dpi, degrees, seed: dpi + rows.length }, 1);
      const read = await readHistoryScan(page as Buffer);
      if (!read.ok) expect(read.problems).toEqual([]);
      if (!read.ok) return;
      expect(read.skew[0]).toBeCloseTo(degrees, 0);
      if (read.review.rows.length !== rows.length)
        console.info(read.review.rows.map((row) => row.cells.map((c) => c.read).join('|')).join('\n'));
      expect(read.review.rows.map((row) => row.cells[0]?.read)).toHaveLength(rows.length);
      const { cells, exact, unmarkedWrong } = compare(read.review, rows);
      const marked = read.review.rows.flatMap((row) => row.cells).filter((cell) => cell.marks.length > 0).length;
      console.info(`${layout} ${dpi} dpi: ${exact}/${cells} cells read exactly (${((exact / cells) * 100).toFixed(1)}%), ${marked} marked`);
      expect(unmarkedWrong).toEqual([]);
      for (const row of read.review.rows.filter((r) => r.cells.some((cell) => cell.marks.length > 0)))
        expect(read.lineImages[row.line]).toMatch(/^data:image\/png;base64,/);

      const history = readHistoryCsv(new TextEncoder().encode(reviewCsv(corrected(read.review, rows))));
      if (!history.ok) console.info(reviewCsv(corrected(read.review, rows)).slice(0, 400));
      if (!history.ok) expect(history.problems).toEqual([]);
      if (!history.ok) return;
      const source = recalculate(expectedTransactions(layout, rows), { asOf: '2024-03-31' });
      expect(recalculate(history.transactions, { asOf: '2024-03-31' }).summary).toEqual(source.summary);
    },
    600_000,
  );

  it('reads a scanned PDF page by page, telling how far it is, and stops when cancelled', async () => {
    const pages = await scannedPages(await historyPdf('bank', sourceRows('bank', 60)), { dpi: 150, degrees: 1, seed: 3 });
    const pdf = await scannedPdf(pages);
    const controller = new AbortController();
    const seen: [number, number][] = [];
    const reading = readHistoryScan(pdf, {
      signal: controller.signal,
      onPage: (page, total) => {
        seen.push([page, total]);
        controller.abort();
      },
    });
    await expect(reading).rejects.toThrow(/abort/i);
    expect(seen).toEqual([[1, 2]]);
  }, 600_000);
});
