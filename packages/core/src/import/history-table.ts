// A transaction history from rows of cells (a CSV or a worksheet): finds the header, reads every
// cell, and refuses the whole table if any cell is wrong, naming its line and column.
import type { CivilDate } from '../civil-date.js';
import { type Language, type MessageCode, type MessageParams, messageText } from '../messages.js';
import { parseYen } from '../money.js';
import { parseRatePercent } from '../rate.js';
import type { Transaction } from '../recalc/recalc.js';
import { amountProblem, dateOrderProblem } from '../recalc/transaction-rules.js';
import { parseJapaneseDate } from '../wareki.js';

/** A cell as CSV or XLSX readers give it. */
export type Cell = string | number | boolean | Date | null | undefined;

export type HistoryField = 'date' | 'borrow' | 'repay' | 'rate' | 'note' | 'estimated';

/** One entry per column of the header, left to right; null: the column is not used. */
export type ColumnMapping = readonly (HistoryField | null)[];

/** The columns of a history's header as read, and the field each was taken as. */
export interface HeaderColumns {
  header: string[];
  fields: (HistoryField | null)[];
}

/** Accepted header texts per field, compared after normalizeHeader. */
export const headerAliases: Record<HistoryField, readonly string[]> = {
  date: ['年月日', '日付', '取引日', '取引年月日', 'date'],
  borrow: ['借入', '借入金額', '借入額', '借入金', '融資', '融資額', '融資金額', '貸付', '貸付額', '貸付金額', 'borrow'],
  repay: ['返済', '返済額', '弁済額', '返済金額', '弁済', '弁済金額', '入金', '入金額', 'repay'],
  rate: ['利率', '約定利率', 'rate'],
  note: ['備考', '摘要', 'note'],
  estimated: ['推定', 'estimated'],
};

export const fieldLabels: Record<HistoryField, string> = {
  date: '年月日',
  borrow: '借入',
  repay: '返済',
  rate: '利率',
  note: '備考',
  estimated: '推定',
};

export interface ImportProblem {
  /** The page of a PDF or scan: then `line` is the row's number in the table read from it. */
  page?: number;
  /** 1-based line in the file (row number in a worksheet). */
  line?: number;
  /** The column's header text as the file wrote it, and its letter (A, B, …). */
  column?: string;
  columnLetter?: string;
  code: MessageCode;
  params: MessageParams;
}

export type HistoryImport =
  | {
      ok: true;
      transactions: Transaction[];
      /** A final row with a date and no amounts: the date to accrue interest to (名古屋式). */
      asOf?: CivilDate;
      headerLine: number;
      ignoredColumns: string[];
      columns: HeaderColumns;
    }
  | { ok: false; problems: ImportProblem[]; columns?: HeaderColumns };

const MAX_PROBLEMS = 100;

/** `NFKC`, no spaces, no unit in brackets, lower case: `借入金額（円）` → `借入金額`. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\((?:円|%|％)\)$/, '')
    .toLowerCase();
}

/** `line 3, column C 「返済」: …` in the chosen language. */
export function describeProblem(problem: ImportProblem, language: Language = 'ja'): string {
  const where: string[] = [];
  if (language === 'ja') {
    if (problem.page !== undefined) where.push(`${problem.page}ページ`);
    if (problem.line !== undefined) where.push(`${problem.page === undefined ? '' : '表の'}${problem.line}行目`);
    if (problem.column !== undefined) where.push(`${problem.columnLetter ?? ''}列「${problem.column}」`);
    return `${where.join(' ')}${where.length > 0 ? ': ' : ''}${messageText(problem.code, problem.params, 'ja')}`;
  }
  if (problem.page !== undefined) where.push(`page ${problem.page}`);
  if (problem.line !== undefined) where.push(`${problem.page === undefined ? 'line' : 'table row'} ${problem.line}`);
  if (problem.column !== undefined) where.push(`column ${problem.columnLetter ?? ''} "${problem.column}"`);
  return `${where.join(', ')}${where.length > 0 ? ': ' : ''}${messageText(problem.code, problem.params, 'en')}`;
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Reads a history table. `lines[i]` is the file line of `rows[i]` (defaults to i + 1); `mapping`,
 * when the user gave one, says which field each header column is instead of its header word.
 * Nothing is returned from a table with any bad cell: all problems are listed instead.
 */
export function readHistoryTable(rows: readonly (readonly Cell[])[], lines?: readonly number[], mapping?: ColumnMapping): HistoryImport {
  const lineOf = (index: number) => lines?.[index] ?? index + 1;
  const header = findHeader(rows, mapping);
  if (!header.ok) {
    // No header word known: the first line with text is offered as the header, for the user to map.
    const first = header.code === 'import.noHeader' && !mapping ? rows.find((cells) => !isBlank(cells)) : undefined;
    const problems = [{ ...(header.problem ?? {}), code: header.code, params: header.params }];
    return { ok: false, problems, ...(first ? { columns: columnsOf(first, {}) } : {}) };
  }
  const { columns, index: headerIndex, ignoredColumns } = header;
  const headerCells = rows[headerIndex] as readonly Cell[];
  const headerColumns = columnsOf(headerCells, columns);
  const problems: ImportProblem[] = [];
  const transactions: Transaction[] = [];
  let asOf: CivilDate | undefined;
  let previousDate: CivilDate | undefined;
  const where = (field: HistoryField, line: number) => {
    const column = columns[field] as number;
    return { line, column: cellText(headerCells[column]), columnLetter: columnLetter(column) };
  };

  for (let r = headerIndex + 1; r < rows.length && problems.length < MAX_PROBLEMS; r++) {
    const cells = rows[r] as readonly Cell[];
    if (isBlank(cells)) continue;
    const line = lineOf(r);
    const read = readRow(cells, columns);
    const outOfOrder = read.date === undefined ? undefined : dateOrderProblem(read.date, previousDate);
    if (outOfOrder) read.problems.push({ field: 'date', code: outOfOrder.code, params: outOfOrder.params });
    if (read.problems.length > 0) {
      for (const { field, ...problem } of read.problems) problems.push({ ...where(field, line), ...problem });
      continue;
    }
    const date = read.date as CivilDate;
    previousDate = date;
    const noAmount = amountProblem(read);
    if (noAmount) {
      // A last row with a date and no amount is the as-of date, not a transaction.
      if (isLastRow(rows, r)) asOf = date;
      else problems.push({ line, code: noAmount.code, params: noAmount.params });
      continue;
    }
    const transaction: Transaction = { date, borrow: read.borrow, repay: read.repay, line };
    if (read.rate !== undefined) transaction.rate = read.rate;
    if (read.note !== '') transaction.note = read.note;
    if (read.estimated) transaction.estimated = true;
    transactions.push(transaction);
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), columns: headerColumns };
  if (transactions.length === 0) return { ok: false, problems: [{ code: 'import.empty', params: {} }], columns: headerColumns };
  return { ok: true, transactions, ...(asOf ? { asOf } : {}), headerLine: lineOf(headerIndex), ignoredColumns, columns: headerColumns };
}

/** The header as the preview shows it: every column's text and the field it was taken as. */
function columnsOf(cells: readonly Cell[], columns: Partial<Record<HistoryField, number>>): HeaderColumns {
  const fields: (HistoryField | null)[] = cells.map(() => null);
  for (const [field, c] of Object.entries(columns)) fields[c] = field as HistoryField;
  return { header: cells.map(cellText), fields };
}

interface RowRead {
  date: CivilDate | undefined;
  borrow: number;
  repay: number;
  rate: number | undefined;
  note: string;
  estimated: boolean;
  problems: { field: HistoryField; code: MessageCode; params: MessageParams }[];
}

/** Every cell of one row, each checked; the problems name the field. */
function readRow(cells: readonly Cell[], columns: Partial<Record<HistoryField, number>>): RowRead {
  const cell = (field: HistoryField): Cell => {
    const column = columns[field];
    return column === undefined ? undefined : cells[column];
  };
  const problems: RowRead['problems'] = [];
  const date = parseJapaneseDate(cellText(cell('date')));
  if (!date.ok)
    problems.push({ field: 'date', code: date.code, params: { value: cellText(cell('date')), ...('params' in date ? date.params : {}) } });
  const amount = (field: 'borrow' | 'repay') => {
    const parsed = readAmount(cell(field));
    if (parsed.ok) return parsed.value;
    problems.push({ field, code: parsed.code, params: { value: cellText(cell(field)) } });
    return 0;
  };
  const borrow = amount('borrow');
  const repay = amount('repay');
  let rate: number | undefined;
  const rateText = cellText(cell('rate'));
  if (rateText !== '') {
    const parsed = parseRatePercent(rateText);
    if (parsed.ok) rate = parsed.value;
    else problems.push({ field: 'rate', code: parsed.code, params: { value: rateText } });
  }
  const estimated = readFlag(cell('estimated'));
  if (estimated === undefined) problems.push({ field: 'estimated', code: 'import.flag', params: { value: cellText(cell('estimated')) } });
  return {
    date: date.ok ? date.value : undefined,
    borrow,
    repay,
    rate,
    note: cellText(cell('note')),
    estimated: estimated === true,
    problems,
  };
}

function isBlank(cells: readonly Cell[]): boolean {
  for (const cell of cells) if (cellText(cell) !== '') return false;
  return true;
}

type HeaderSearch =
  | { ok: true; index: number; columns: Partial<Record<HistoryField, number>>; ignoredColumns: string[] }
  | { ok: false; code: MessageCode; params: MessageParams; problem?: Pick<ImportProblem, 'line' | 'column' | 'columnLetter'> };

/** The first of the top rows with a date column and a borrow or repay column (a title may precede it). */
function findHeader(rows: readonly (readonly Cell[])[], mapping?: ColumnMapping): HeaderSearch {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const columns: Partial<Record<HistoryField, number>> = {};
    const ignoredColumns: string[] = [];
    const cells = rows[r] as readonly Cell[];
    for (let c = 0; c < cells.length; c++) {
      const text = cellText(cells[c]);
      if (text === '') continue;
      const field = mapping ? (mapping[c] ?? undefined) : fieldOfHeader(text);
      if (!field) {
        ignoredColumns.push(text);
        continue;
      }
      if (columns[field] !== undefined) {
        return {
          ok: false,
          code: 'import.duplicateColumn',
          params: { column: text },
          problem: { line: r + 1, column: text, columnLetter: columnLetter(c) },
        };
      }
      columns[field] = c;
    }
    if (columns.date !== undefined && (columns.borrow !== undefined || columns.repay !== undefined)) {
      return { ok: true, index: r, columns, ignoredColumns };
    }
  }
  return { ok: false, code: rows.length === 0 ? 'import.empty' : 'import.noHeader', params: {} };
}

function fieldOfHeader(text: string): HistoryField | undefined {
  const normalized = normalizeHeader(text);
  for (const [field, aliases] of Object.entries(headerAliases)) {
    if (aliases.includes(normalized)) return field as HistoryField;
  }
  return undefined;
}

function isLastRow(rows: readonly (readonly Cell[])[], index: number): boolean {
  for (let r = index + 1; r < rows.length; r++) {
    if ((rows[r] as readonly Cell[]).some((cell) => cellText(cell) !== '')) return false;
  }
  return true;
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  // Spreadsheet dates arrive as Date objects at UTC midnight of the civil date.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function readAmount(cell: Cell) {
  if (typeof cell === 'number' && !Number.isInteger(cell)) return { ok: false as const, code: 'amount.fraction' as const };
  return parseYen(cellText(cell));
}

/** true / false from 1, ○, 推定, true, yes; undefined for a text that is neither. */
function readFlag(cell: Cell): boolean | undefined {
  if (cell === undefined || cell === '') return false;
  const text = cellText(cell).normalize('NFKC').toLowerCase();
  if (['', '0', 'false', 'no', '×', '-'].includes(text)) return false;
  if (['1', '○', '〇', '◯', '推定', 'true', 'yes', 'y'].includes(text)) return true;
  return undefined;
}
