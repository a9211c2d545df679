// What OCR read from a scan, cell by cell, with the cells a person must look at marked. OCR may
// misread any character, so no figure is trusted on its own: a cell is marked when its confidence
// is low or it does not read as its column's kind, and where the table shows a balance, every row
// must follow from the row above (balance = previous + borrowed − repaid + interest); a row that
// does not is marked whole, and so is the row above it (either balance may be the misread one).
import { parseRatePercent } from '../rate.js';
import { parseJapaneseDate } from '../wareki.js';
import type { LaidTable, LayoutField } from './history-layout.js';
import { fieldLabels, type HistoryField } from './history-table.js';

/** Words OCR is less sure of than this (0–100) are marked. */
export const CONFIDENCE_THRESHOLD = 80;

export type ReviewReason = 'confidence' | 'unreadable' | 'balance' | 'dateOrder' | 'rateChange' | 'days' | 'unmapped';

export interface ReviewCell {
  /** What OCR read. */
  read: string;
  /** The value in the form the importer takes (`12345`, `2001-01-15`), or what was read when it does not read. */
  text: string;
  confidence?: number;
  marks: ReviewReason[];
}

export interface ReviewRow {
  page: number;
  /** The row's number in the table (1 = the first row under the header). */
  line: number;
  top: number;
  bottom: number;
  cells: ReviewCell[];
}

export interface ScanReview {
  header: string[];
  fields: (LayoutField | undefined)[];
  rows: ReviewRow[];
}

/** OCR amounts: `12,345`, `12.345` (a comma read as a point), `12345円`; anything else is not read. */
export function scannedYen(text: string): number | undefined {
  // A separator OCR saw twice (`21,.457`) is one separator.
  const normalized = text
    .normalize('NFKC')
    .replace(/[\s円¥\\]/g, '')
    .replace(/[.,]{2,}/g, ',');
  if (normalized === '' || normalized === '-') return 0;
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(normalized) || /^\d{1,12}$/.test(normalized)) return Number(normalized.replace(/[.,]/g, ''));
  return undefined;
}

/** A balance may be negative, shown with ▲ or △ (or −). */
export function scannedBalance(text: string): number | undefined {
  const normalized = text.normalize('NFKC').trim();
  const sign = /^[▲△-]/.test(normalized) ? -1 : 1;
  const amount = scannedYen(sign < 0 ? normalized.slice(1) : normalized);
  return amount === undefined ? undefined : sign * amount;
}

const amountFields = new Set<LayoutField | undefined>(['borrow', 'repay', 'interest']);

function readCell(field: LayoutField | undefined, read: string): { text: string; ok: boolean } {
  if (read === '') return { text: '', ok: field !== 'date' };
  if (field === 'date') {
    const date = parseJapaneseDate(read);
    return date.ok ? { text: date.value, ok: true } : { text: read, ok: false };
  }
  if (amountFields.has(field) || field === 'days') {
    const amount = scannedYen(read);
    return amount === undefined ? { text: read, ok: false } : { text: amount === 0 ? '' : String(amount), ok: true };
  }
  if (field === 'balance') {
    const amount = scannedBalance(read);
    return amount === undefined ? { text: read, ok: false } : { text: String(amount), ok: true };
  }
  if (field === 'rate')
    return parseRatePercent(read).ok ? { text: read.normalize('NFKC').replace(/[\s%]/g, ''), ok: true } : { text: read, ok: false };
  return { text: read, ok: true };
}

/** The scan's table with every cell read and the doubtful ones marked. */
export function reviewScan(table: Extract<LaidTable, { ok: true }>, threshold = CONFIDENCE_THRESHOLD): ScanReview {
  const { fields } = table;
  const rows: ReviewRow[] = table.rows.map((row, index) => ({
    page: row.page,
    line: index + 1,
    top: row.top,
    bottom: row.bottom,
    cells: row.cells.map((cell, c) => {
      const { text, ok } = readCell(fields[c], cell.text);
      const marks: ReviewReason[] = [];
      if (!ok) marks.push('unreadable');
      // Figures under a header that was not recognised: an amount column OCR may have misread the header of.
      if (fields[c] === undefined && /\d/.test(cell.text.normalize('NFKC'))) marks.push('unmapped');
      if (cell.text !== '' && cell.confidence !== undefined && cell.confidence < threshold) marks.push('confidence');
      return { read: cell.text, text, ...(cell.confidence === undefined ? {} : { confidence: cell.confidence }), marks };
    }),
  }));
  checkDates(rows, fields);
  checkBalances(rows, fields);
  checkRates(rows, fields);
  return { header: table.header, fields, rows };
}

const column = (fields: readonly (LayoutField | undefined)[], field: LayoutField) => fields.indexOf(field);

function mark(row: ReviewRow | undefined, columns: readonly number[], reason: ReviewReason) {
  for (const c of columns) {
    const cell = row?.cells[c];
    if (cell && !cell.marks.includes(reason)) cell.marks.push(reason);
  }
}

/** Dates must not go back; where the table counts the days between rows, the count must match. */
function checkDates(rows: ReviewRow[], fields: readonly (LayoutField | undefined)[]) {
  const date = column(fields, 'date');
  const days = column(fields, 'days');
  rows.forEach((row, i) => {
    const previous = rows[i - 1]?.cells[date]?.text;
    const current = row.cells[date]?.text;
    if (!previous || !current || !/^\d{4}-/.test(previous) || !/^\d{4}-/.test(current)) return;
    if (current < previous) mark(row, [date], 'dateOrder');
    if (days >= 0) {
      const counted = Number(row.cells[days]?.text || '0');
      if (Math.round((Date.parse(current) - Date.parse(previous)) / 86_400_000) !== counted) mark(row, [date, days], 'days');
    }
  });
}

function checkBalances(rows: ReviewRow[], fields: readonly (LayoutField | undefined)[]) {
  const balance = column(fields, 'balance');
  if (balance < 0) return;
  const figures = ['borrow', 'repay', 'interest', 'balance'].map((f) => column(fields, f as LayoutField)).filter((c) => c >= 0);
  const value = (row: ReviewRow, field: LayoutField) => {
    const c = column(fields, field);
    if (c < 0) return 0;
    const cell = row.cells[c] as ReviewCell;
    return cell.marks.includes('unreadable') ? Number.NaN : Number(cell.text || '0');
  };
  rows.forEach((row, i) => {
    const above = rows[i - 1];
    const opening = above ? value(above, 'balance') : 0;
    const expected = opening + value(row, 'borrow') - value(row, 'repay') + value(row, 'interest');
    if (expected === value(row, 'balance')) return;
    mark(row, figures, 'balance');
    if (above) mark(above, figures, 'balance');
  });
}

/** A change of rate is where a misread rate would hide: each is shown to be checked. */
function checkRates(rows: ReviewRow[], fields: readonly (LayoutField | undefined)[]) {
  const rate = column(fields, 'rate');
  if (rate < 0) return;
  rows.forEach((row, i) => {
    const previous = rows[i - 1]?.cells[rate]?.text;
    if (previous !== undefined && row.cells[rate]?.text !== previous) mark(row, [rate], 'rateChange');
  });
}

/** Rows with any mark: the ones a person must check before the history is taken. */
export function markedRows(review: ScanReview): ReviewRow[] {
  return review.rows.filter((row) => row.cells.some((cell) => cell.marks.length > 0));
}

/** The reviewed table as CSV text for the importer (header, then each row's values). */
export function reviewCsv(review: ScanReview): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  // Our own header names: the columns go where the review put them, whatever OCR made of the header.
  const header = review.fields.map((field, c) =>
    field && field in fieldLabels ? fieldLabels[field as HistoryField] : `(${review.header[c]})`,
  );
  return [header, ...review.rows.map((row) => row.cells.map((cell) => cell.text))].map((cells) => cells.map(quote).join(',')).join('\n');
}

const reasonTexts: Record<ReviewReason, { ja: string; en: string }> = {
  confidence: { ja: '読み取りの確からしさが低い', en: 'read with low confidence' },
  unreadable: { ja: 'この欄の値として読めない', en: 'does not read as a value of this column' },
  balance: { ja: '残高が前の行から計算した額と合わない', en: 'the balance does not follow from the row above' },
  dateOrder: { ja: '日付が前の行より前', en: 'dated before the row above' },
  rateChange: { ja: '利率が前の行と違う', en: 'the rate differs from the row above' },
  days: { ja: '日数が日付の差と合わない', en: 'the days do not match the dates' },
  unmapped: { ja: '見出しを読み取れなかった列の数字', en: 'a figure under a header that was not read' },
};

/** `2ページ 表の5行目 「返済」31.400円: 読み取りの確からしさが低い` for each marked cell of a row. */
export function describeMarks(review: ScanReview, row: ReviewRow, language: 'ja' | 'en' = 'ja'): string[] {
  return row.cells.flatMap((cell, c) => {
    if (cell.marks.length === 0) return [];
    const reasons = cell.marks.map((mark) => reasonTexts[mark][language]).join(language === 'ja' ? '、' : '; ');
    const header = review.header[c] ?? '';
    return language === 'ja'
      ? [`${row.page}ページ 表の${row.line}行目 「${header}」${cell.read}: ${reasons}`]
      : [`page ${row.page}, table row ${row.line}, "${header}" ${cell.read}: ${reasons}`];
  });
}
