// A history table from words placed on pages (a PDF's text layer, or what OCR read): lines are
// found from the words' heights, columns from the header words creditors use and where they
// stand. Title and page-number lines, the header repeated on every page, and total lines are
// left out; a line holding only text under a text column continues the row above (a wrapped 備考).
// The rows then go through readHistoryTable like a CSV's, so the same rules name the same errors.
import { type HistoryField, headerAliases, normalizeHeader } from './history-table.js';

/** One run of text on a page; x and y in the page's units, y growing downwards. */
export interface PlacedText {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  /** OCR's confidence, 0–100; a text layer's words have none. */
  confidence?: number;
}

/** The columns a creditor's table has beyond ours: read to check the rows, not saved. */
export type LayoutField = HistoryField | 'balance' | 'interest' | 'days';

export const layoutAliases: Record<'balance' | 'interest' | 'days', readonly string[]> = {
  balance: ['残高', '残元金', '差引残高', '元金残高', '貸付残高', '残元本', 'balance'],
  interest: ['利息', '利息額', '約定利息', 'interest'],
  days: ['日数', 'days'],
};

/** One cell as laid out: its text and the lowest confidence of the words in it. */
export interface LaidCell {
  text: string;
  confidence?: number;
}

export interface LaidRow {
  page: number;
  /** Where the row stands on its page (top and bottom of its lines), for cutting its image out. */
  top: number;
  bottom: number;
  cells: LaidCell[];
}

export type LaidTable =
  | { ok: true; header: string[]; fields: (LayoutField | undefined)[]; rows: LaidRow[] }
  | { ok: false; code: 'import.noHeader' | 'import.empty' };

interface Line {
  page: number;
  top: number;
  bottom: number;
  words: PlacedText[];
}

interface Column {
  text: string;
  field: LayoutField | undefined;
  left: number;
  right: number;
}

/** Words of one page into lines: a word joins the line its middle is level with. */
export function linesOf(words: readonly PlacedText[]): Line[] {
  const sorted = [...words]
    .filter((w) => w.text.trim() !== '')
    .sort((a, b) => a.page - b.page || a.y + a.height / 2 - (b.y + b.height / 2));
  const lines: Line[] = [];
  for (const word of sorted) {
    const middle = word.y + word.height / 2;
    const line = lines.at(-1);
    if (line && line.page === word.page && middle > line.top && middle < line.bottom) {
      line.words.push(word);
      line.top = Math.min(line.top, word.y);
      line.bottom = Math.max(line.bottom, word.y + word.height);
    } else {
      lines.push({ page: word.page, top: word.y, bottom: word.y + word.height, words: [word] });
    }
  }
  for (const line of lines) line.words.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * Words close together make one chunk: one cell (closer than a third of their height) or one
 * header (closer than their height: OCR splits a bold 取引日 into 取引 and 日 some way apart).
 */
function chunksOf(line: Line, gap = 1 / 3): PlacedText[] {
  const chunks: PlacedText[] = [];
  for (const word of line.words) {
    const last = chunks.at(-1);
    if (last && word.x - (last.x + last.width) < Math.max(word.height, last.height) * gap) {
      const right = Math.max(last.x + last.width, word.x + word.width);
      last.text += word.text;
      last.width = right - last.x;
      if (word.confidence !== undefined) last.confidence = Math.min(last.confidence ?? 100, word.confidence);
    } else {
      chunks.push({ ...word });
    }
  }
  return chunks;
}

function fieldOf(text: string): LayoutField | undefined {
  const normalized = normalizeHeader(text);
  const all = Object.entries({ ...headerAliases, ...layoutAliases }) as [LayoutField, readonly string[]][];
  for (const [field, aliases] of all) if (aliases.includes(normalized)) return field;
  // OCR may misread one character of a header of three or more (融資額 as 融資客): taken when one field fits.
  const near = new Set(all.filter(([, aliases]) => aliases.some((alias) => oneOff(alias, normalized))).map(([field]) => field));
  return near.size === 1 ? [...near][0] : undefined;
}

function oneOff(alias: string, text: string): boolean {
  if (alias.length < 3 || alias.length !== text.length || /^[a-z]+$/.test(alias)) return false;
  let differences = 0;
  for (let i = 0; i < alias.length; i++) if (alias[i] !== text[i]) differences++;
  return differences === 1;
}

/** The header's columns if this line is a history header: a date column and a borrow or repay column. */
function headerOf(line: Line): Column[] | undefined {
  const columns = chunksOf(line, 1).map((chunk) => ({
    text: chunk.text.trim(),
    field: fieldOf(chunk.text),
    left: chunk.x,
    right: chunk.x + chunk.width,
  }));
  const fields = new Set(columns.map((c) => c.field));
  return fields.has('date') && (fields.has('borrow') || fields.has('repay')) ? columns : undefined;
}

interface Span {
  from: number;
  to: number;
}

/**
 * Where each column starts and ends: between two headers, at the middle of the widest run that no
 * cell's text crosses (a centred header stands over right-aligned figures and left-aligned notes,
 * so the halfway point between headers would cut through them).
 */
function columnSpans(columns: readonly Column[], chunks: readonly PlacedText[]): Span[] {
  const cuts: number[] = [];
  for (let i = 0; i + 1 < columns.length; i++) {
    const left = columns[i] as Column;
    const right = columns[i + 1] as Column;
    const from = (left.left + left.right) / 2;
    const to = (right.left + right.right) / 2;
    const crossing = (x: number) => chunks.filter((c) => c.x < x && c.x + c.width > x).length;
    let best = { start: from, end: from, crossings: Number.POSITIVE_INFINITY };
    let run: { start: number; crossings: number } | undefined;
    for (let x = from; x <= to; x += 0.5) {
      const count = crossing(x);
      if (run && count === run.crossings) continue;
      if (run && (run.crossings < best.crossings || (run.crossings === best.crossings && x - run.start > best.end - best.start)))
        best = { start: run.start, end: x, crossings: run.crossings };
      run = { start: x, crossings: count };
    }
    if (run && (run.crossings < best.crossings || (run.crossings === best.crossings && to - run.start > best.end - best.start)))
      best = { start: run.start, end: to, crossings: run.crossings };
    cuts.push((best.start + best.end) / 2);
  }
  return columns.map((_, i) => ({ from: cuts[i - 1] ?? Number.NEGATIVE_INFINITY, to: cuts[i] ?? Number.POSITIVE_INFINITY }));
}

/** Each chunk goes to the column it overlaps most. */
function cellsOf(line: Line, bounds: readonly Span[]): LaidCell[] {
  const cells: LaidCell[] = bounds.map(() => ({ text: '' }));
  for (const chunk of chunksOf(line)) {
    let best = 0;
    let bestOverlap = Number.NEGATIVE_INFINITY;
    bounds.forEach(({ from, to }, i) => {
      const overlap = Math.min(to, chunk.x + chunk.width) - Math.max(from, chunk.x);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = i;
      }
    });
    const cell = cells[best] as LaidCell;
    cell.text = joined(cell.text, chunk.text);
    if (chunk.confidence !== undefined) cell.confidence = Math.min(cell.confidence ?? 100, chunk.confidence);
  }
  for (const cell of cells) cell.text = cell.text.trim();
  return cells;
}

const amountFields: ReadonlySet<LayoutField | undefined> = new Set(['borrow', 'repay', 'rate', 'balance', 'interest', 'days']);
/** Lines carrying totals or carried-forward sums, not a transaction. */
const totalWords = /^(合計|小計|総計|計|次頁|前頁|繰越|次ページ)/;
/** A figure as a table shows one (OCR may read a comma as a point): a line with one under a figure column is a row. */
const amountLike = /^[▲△-]?\s*[¥\\]?\s*(?:\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s*(?:円|%)?$/;

/** A page number alone on its line: `- 3 -`, `3 / 12`, `3頁`, `P.3` (and as OCR may read them: `3・`). */
const pageNumber = /^[-‐―ー一~〜・.\s]*(?:p\.?|no\.?|page)?\s*\d{1,4}(?:\s*[/／]\s*\d{1,4})?\s*(?:頁|ページ)?[-‐―ー一~〜・.\s]*$/i;

/**
 * The table of a history laid out on pages. Every line with a date (or with an amount under an
 * amount column) is a row, so nothing with a figure is dropped unseen; a row with no date is then
 * named by readHistoryTable as wrong.
 */
export function layOutTable(words: readonly PlacedText[]): LaidTable {
  const lines = linesOf(words);
  const headers = lines.map(headerOf);
  let columns: Column[] | undefined;
  let headerTexts: string | undefined;
  const rows: LaidRow[] = [];
  let spans: Span[] | undefined;
  let headerPage = -1;
  let afterHeader = false;
  for (const [index, line] of lines.entries()) {
    const header = headers[index];
    if (header && (columns === undefined || header.map((c) => c.text).join('|') === headerTexts)) {
      if (columns === undefined) spans = undefined;
      columns = header;
      headerTexts = header.map((c) => c.text).join('|');
      headerPage = line.page;
      afterHeader = true;
      continue;
    }
    const first = afterHeader;
    afterHeader = false;
    if (!columns) continue;
    if (pageNumber.test(lineText(line))) continue;
    // A page's lines above its repeated header (its title) are not rows.
    if (line.page !== headerPage && pageHasHeaderBelow(lines, headers, index, headerTexts as string)) continue;
    spans ??= columnSpans(columns, tableChunks(lines, headers, index));
    const cells = cellsOf(line, spans);
    const dateCell = cells[columns.findIndex((c) => c.field === 'date')] as LaidCell;
    if (totalWords.test(dateCell.text.normalize('NFKC'))) continue;
    const hasAmount = cells.some((cell, i) => amountFields.has(columns?.[i]?.field) && amountLike.test(cell.text.normalize('NFKC')));
    if (dateCell.text !== '' || hasAmount) {
      rows.push({ page: line.page, top: line.top, bottom: line.bottom, cells });
      continue;
    }
    const previous = rows.at(-1);
    const height = line.bottom - line.top;
    const wrapped = previous?.page === line.page ? line.top - previous.bottom < height * 0.8 : first && previous?.page === line.page - 1;
    if (previous && wrapped) {
      // A wrapped cell (on the next page too, under the repeated header): its text goes on the row above.
      cells.forEach((cell, i) => {
        const target = previous.cells[i] as LaidCell;
        if (cell.text !== '') target.text = target.text === '' ? cell.text : `${target.text}${cell.text}`;
      });
      if (previous.page === line.page) previous.bottom = line.bottom;
    }
    // Any other line without a date or an amount (a footer, a page number, a remark) is not a row.
  }
  if (!columns) return { ok: false, code: 'import.noHeader' };
  if (rows.length === 0) return { ok: false, code: 'import.empty' };
  return { ok: true, header: columns.map((c) => c.text), fields: columns.map((c) => c.field), rows };
}

function pageHasHeaderBelow(
  lines: readonly Line[],
  headers: readonly (Column[] | undefined)[],
  index: number,
  headerTexts: string,
): boolean {
  const page = lines[index]?.page;
  for (let below = index + 1; below < lines.length && lines[below]?.page === page; below++) {
    if (headers[below]?.map((c) => c.text).join('|') === headerTexts) return true;
  }
  return false;
}

/**
 * The cells whose gaps part the columns: the chunks of the lines from `index` on that stand under
 * a header (a page's title above its repeated header would bridge the gaps), page numbers left out.
 */
function tableChunks(lines: readonly Line[], headers: readonly (Column[] | undefined)[], index: number): PlacedText[] {
  const chunks: PlacedText[] = [];
  let inTable = true;
  for (let i = index; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.page !== lines[i - 1]?.page) inTable = !headers.some((header, h) => header && lines[h]?.page === line.page);
    if (headers[i]) inTable = true;
    else if (inTable && !pageNumber.test(lineText(line))) chunks.push(...chunksOf(line));
  }
  return chunks;
}

/** Two pieces of one cell: a space only between Latin letters or digits (OCR splits Japanese text into words). */
function joined(before: string, after: string): string {
  if (before === '') return after;
  return /[\x21-\x7e]$/.test(before) && /^[\x21-\x7e]/.test(after) ? `${before} ${after}` : `${before}${after}`;
}

function lineText(line: Line): string {
  return line.words
    .map((w) => w.text)
    .join('')
    .normalize('NFKC');
}
