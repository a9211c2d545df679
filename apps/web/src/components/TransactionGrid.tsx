// Fast keyboard entry of a transaction history: type `H13.1.15 50000` (a borrowing) or
// `H13.1.15 -10000` (a repayment) in the date cell and press Enter for the next row; Enter moves
// cell to cell, ↑↓ move between rows; paste rows straight from Excel.
import { type FieldProblem, messageText, parseJapaneseDate, parseYen, type TransactionInput } from '@wakai/core';
import { type ClipboardEvent, type KeyboardEvent, useRef } from 'react';
import { flushSync } from 'react-dom';

export interface GridRow {
  date: string;
  borrow: string;
  repay: string;
  note: string;
}

export const columns = [
  { key: 'date', label: '年月日' },
  { key: 'borrow', label: '借入' },
  { key: 'repay', label: '返済' },
  { key: 'note', label: '備考' },
] as const;

type ColumnKey = (typeof columns)[number]['key'];

export const emptyRow = (): GridRow => ({ date: '', borrow: '', repay: '', note: '' });

const isBlank = (row: GridRow) => row.date.trim() === '' && row.borrow.trim() === '' && row.repay.trim() === '' && row.note.trim() === '';

export function gridRowsOf(transactions: readonly TransactionInput[]): GridRow[] {
  return transactions.map((t) => ({
    date: t.date,
    borrow: t.borrow ? String(t.borrow) : '',
    repay: t.repay ? String(t.repay) : '',
    note: t.note,
  }));
}

/** The history the grid holds, or the problems that keep it from being saved (blank rows are skipped). */
export function readGrid(rows: readonly GridRow[]): { transactions: TransactionInput[]; problems: FieldProblem[] } {
  const transactions: TransactionInput[] = [];
  const problems: FieldProblem[] = [];
  let previous: string | undefined;
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const date = parseJapaneseDate(row.date);
    // The core's own reason (impossible date, outside the era …), as the importer gives it.
    if (!date.ok) {
      const reason = messageText(date.code, { value: row.date, ...('params' in date ? date.params : {}) });
      problems.push({ path: [index, 'date'], message: `${index + 1}行目 年月日: ${reason}` });
    }
    const amount = (key: 'borrow' | 'repay', label: string) => {
      const parsed = parseYen(row[key]);
      if (parsed.ok) return parsed.value;
      problems.push({ path: [index, key], message: `${index + 1}行目 ${label}: 金額として読めません` });
      return 0;
    };
    const borrow = amount('borrow', '借入');
    const repay = amount('repay', '返済');
    if (borrow === 0 && repay === 0 && row.borrow.trim() === '' && row.repay.trim() === '') {
      problems.push({ path: [index, 'borrow'], message: `${index + 1}行目: 借入か返済を入力してください` });
    }
    if (date.ok) {
      if (previous && date.value < previous)
        problems.push({ path: [index, 'date'], message: `${index + 1}行目 年月日: 前の行(${previous})より前の日付です` });
      previous = date.value;
      transactions.push({ date: date.value, borrow, repay, rate: null, note: row.note.trim(), estimated: false });
    }
  });
  return { transactions, problems };
}

/** `H13.1.15 50000` → a borrowing; `H13.1.15 -10000` → a repayment; `H13.1.15 0 10000` → both columns. */
export function quickEntry(text: string): Partial<GridRow> | undefined {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2) return undefined;
  const [date, first, second] = tokens as [string, string, string | undefined];
  if (second !== undefined) return { date, borrow: first === '0' ? '' : first, repay: second };
  return first.startsWith('-') || first.startsWith('−') ? { date, repay: first.slice(1) } : { date, borrow: first };
}

export function TransactionGrid({
  rows,
  onChange,
  problems,
}: {
  rows: GridRow[];
  onChange: (rows: GridRow[]) => void;
  problems: readonly FieldProblem[];
}) {
  const table = useRef<HTMLTableElement>(null);
  // Focus moves before the next key arrives: the change is rendered synchronously (flushSync),
  // so fast typing never lands in the row just left.
  const focus = (row: number, column: number) => {
    table.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${column}"]`)?.focus();
  };
  const change = (next: GridRow[]) => flushSync(() => onChange(next));
  const withRowsUpTo = (list: GridRow[], index: number) => {
    const next = [...list];
    while (next.length <= index) next.push(emptyRow());
    return next;
  };

  function update(index: number, key: ColumnKey, value: string) {
    const next = withRowsUpTo(rows, index);
    next[index] = { ...(next[index] as GridRow), [key]: value };
    onChange(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number, column: number) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const target = Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1));
      if (target >= rows.length) change(withRowsUpTo(rows, target));
      focus(target, column);
      return;
    }
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const value = event.currentTarget.value;
    if (column === 0) {
      const quick = quickEntry(value);
      if (quick) {
        const next = withRowsUpTo(rows, index + 1);
        next[index] = { ...(next[index] as GridRow), borrow: '', repay: '', ...quick };
        change(next);
        focus(index + 1, 0);
        return;
      }
    }
    if (column === columns.length - 1) {
      change(withRowsUpTo(rows, index + 1));
      focus(index + 1, 0);
    } else {
      focus(index, column + 1);
    }
  }

  /** Rows copied from Excel arrive as tab-separated lines: fill from this cell on. */
  function onPaste(event: ClipboardEvent<HTMLInputElement>, index: number, column: number) {
    const text = event.clipboardData.getData('text/plain');
    if (!text.includes('\t') && !text.includes('\n')) return;
    event.preventDefault();
    const lines = text.replace(/\r/g, '').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const next = withRowsUpTo(rows, index + lines.length);
    lines.forEach((line, offset) => {
      const cells = line.split('\t');
      const row = { ...(next[index + offset] as GridRow) };
      cells.forEach((cell, c) => {
        const key = columns[column + c]?.key;
        if (key) row[key] = cell.trim();
      });
      next[index + offset] = row;
    });
    onChange(next);
  }

  const shown = rows.length === 0 || !isBlank(rows[rows.length - 1] as GridRow) ? [...rows, emptyRow()] : rows;
  const errorAt = (index: number, key: string) => problems.some((p) => p.path[0] === index && p.path[1] === key);
  return (
    <table className="table grid" ref={table} data-testid="transaction-grid">
      <thead>
        <tr>
          <th className="num">No</th>
          {columns.map((c) => (
            <th key={c.key}>{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: grid rows are positions, not entities
          <tr key={index}>
            <td className="num">{index + 1}</td>
            {columns.map((c, column) => (
              <td key={c.key} className={errorAt(index, c.key) ? 'cell-error' : undefined}>
                <input
                  data-row={index}
                  data-col={column}
                  aria-label={`${index + 1}行目 ${c.label}`}
                  value={row[c.key]}
                  inputMode={c.key === 'borrow' || c.key === 'repay' ? 'numeric' : undefined}
                  placeholder={index === shown.length - 1 && column === 0 ? 'H13.1.15 50000' : undefined}
                  onChange={(e) => update(index, c.key, e.target.value)}
                  onKeyDown={(e) => onKeyDown(e, index, column)}
                  onPaste={(e) => onPaste(e, index, column)}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
