// The transaction grid's rows as text, and how they read as a history: the cell parsing, the
// problems that keep a row from being saved, and the quick-entry shorthand typed in the date cell.
import {
  amountProblem,
  dateOrderProblem,
  type FieldProblem,
  formatRatePercent,
  futureDateProblem,
  messageText,
  parseJapaneseDate,
  parseRatePercent,
  parseYen,
  type TransactionInput,
} from '@wakai/core';

export interface GridRow {
  date: string;
  borrow: string;
  repay: string;
  /** The contract rate from this row on (percent), '' where the row gives none. */
  rate?: string;
  note: string;
  /** A reconstructed row (推定計算). */
  estimated?: boolean;
}

/** The text cells, in keyboard order (推定 is a checkbox after them). */
export const columns = [
  { key: 'date', label: '年月日' },
  { key: 'borrow', label: '借入' },
  { key: 'repay', label: '返済' },
  { key: 'rate', label: '利率(%)' },
  { key: 'note', label: '備考' },
] as const;

export type ColumnKey = (typeof columns)[number]['key'];

export const emptyRow = (): GridRow => ({ date: '', borrow: '', repay: '', rate: '', note: '', estimated: false });

export const isBlank = (row: GridRow) =>
  row.date.trim() === '' &&
  row.borrow.trim() === '' &&
  row.repay.trim() === '' &&
  (row.rate ?? '').trim() === '' &&
  row.note.trim() === '' &&
  !row.estimated;

export function gridRowsOf(transactions: readonly TransactionInput[]): GridRow[] {
  return transactions.map((t) => ({
    date: t.date,
    borrow: t.borrow ? String(t.borrow) : '',
    repay: t.repay ? String(t.repay) : '',
    rate: t.rate ?? '',
    note: t.note,
    estimated: t.estimated,
  }));
}

type CellReading = {
  date: ReturnType<typeof parseJapaneseDate>;
  borrow: ReturnType<typeof parseYen>;
  repay: ReturnType<typeof parseYen>;
  rate: ReturnType<typeof parseRatePercent> | null;
};

// A key press changes one row object; every other row keeps its reading (typing stays fast at 40,000 rows).
const readings = new WeakMap<GridRow, CellReading>();

function reading(row: GridRow): CellReading {
  let found = readings.get(row);
  if (!found) {
    const rate = (row.rate ?? '').trim();
    found = {
      date: parseJapaneseDate(row.date),
      borrow: parseYen(row.borrow),
      repay: parseYen(row.repay),
      rate: rate === '' ? null : parseRatePercent(rate.replace(/[%％]$/, '')),
    };
    readings.set(row, found);
  }
  return found;
}

/**
 * The history the grid holds, or the problems that keep it from being saved (blank rows are
 * skipped); with `today`, a row dated after it is a problem too.
 */
export function readGrid(rows: readonly GridRow[], today?: string): { transactions: TransactionInput[]; problems: FieldProblem[] } {
  const transactions: TransactionInput[] = [];
  const problems: FieldProblem[] = [];
  let previous: string | undefined;
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const read = reading(row);
    const at = `${index + 1}行目`;
    // The core's own reason (impossible date, outside the era …), as the importer gives it.
    if (!read.date.ok) {
      const reason = messageText(read.date.code, { value: row.date, ...('params' in read.date ? read.date.params : {}) });
      problems.push({ path: [index, 'date'], message: `${at} 年月日: ${reason}` });
    }
    const amount = (key: 'borrow' | 'repay', label: string) => {
      const parsed = read[key];
      if (parsed.ok) return parsed.value;
      problems.push({ path: [index, key], message: `${at} ${label}: 金額として読めません` });
      return 0;
    };
    const borrow = amount('borrow', '借入');
    const repay = amount('repay', '返済');
    // The core's row rules, worded as the importer and the server word them.
    const noAmount = read.borrow.ok && read.repay.ok ? amountProblem({ borrow, repay }) : undefined;
    if (noAmount) problems.push({ path: [index, noAmount.field], message: `${at}: ${messageText(noAmount.code, noAmount.params)}` });
    if (read.rate && !read.rate.ok)
      problems.push({ path: [index, 'rate'], message: `${at} 利率: ${messageText(read.rate.code, { value: row.rate ?? '' })}` });
    if (read.date.ok) {
      const date = read.date.value;
      for (const problem of [dateOrderProblem(date, previous), futureDateProblem(date, today)]) {
        if (problem) problems.push({ path: [index, problem.field], message: `${at} 年月日: ${messageText(problem.code, problem.params)}` });
      }
      previous = date;
      transactions.push({
        date,
        borrow,
        repay,
        rate: read.rate?.ok ? formatRatePercent(read.rate.value) : null,
        note: row.note.trim(),
        estimated: row.estimated === true,
      });
    }
  });
  return { transactions, problems };
}

/**
 * `H13.1.15 50000` → a borrowing; `H13.1.15 -10000` → a repayment; `H13.1.15 0 10000` → both columns.
 * Typed full-width (`Ｈ１３．１．１５　－５００００`) it reads the same (NFKC: full-width minus and digits).
 */
export function quickEntry(text: string): Partial<GridRow> | undefined {
  const tokens = text.normalize('NFKC').trim().split(/\s+/);
  if (tokens.length < 2) return undefined;
  const [date, first, second] = tokens as [string, string, string | undefined];
  if (second !== undefined) return { date, borrow: first === '0' ? '' : first, repay: second };
  return first.startsWith('-') || first.startsWith('−') ? { date, repay: first.slice(1) } : { date, borrow: first };
}
