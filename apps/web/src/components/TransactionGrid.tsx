// Fast keyboard entry of a transaction history: type `H13.1.15 50000` (a borrowing) or
// `H13.1.15 -10000` (a repayment) in the date cell and press Enter for the next row; Enter moves
// cell to cell, ↑↓ move between rows; paste rows straight from Excel. Every column of a row is
// shown and kept (利率, 推定 included), so a save changes only the cells the user touched. Only the
// rows in view are in the page (a history of 40,000 rows types as fast as one of 40).

import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { type FieldProblem, formatWareki, parseJapaneseDate } from '@wakai/core';
import { type ClipboardEvent, type KeyboardEvent, useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type ColumnKey, columns, emptyRow, type GridRow, isBlank, quickEntry } from './grid-rows.js';

const ROW_HEIGHT = 36;

const flagText = /^(1|○|〇|推定|true|yes)$/i;

export function TransactionGrid({
  rows,
  onChange,
  problems,
}: {
  rows: GridRow[];
  onChange: (rows: GridRow[]) => void;
  problems: readonly FieldProblem[];
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // The row being typed in stays rendered (with its neighbours) wherever the view is scrolled.
  const [active, setActive] = useState(0);
  const shown = rows.length === 0 || !isBlank(rows[rows.length - 1] as GridRow) ? [...rows, emptyRow()] : rows;
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const indexes = new Set(defaultRangeExtractor(range));
        for (const index of [active - 1, active, active + 1]) if (index >= 0 && index < range.count) indexes.add(index);
        return [...indexes].sort((a, b) => a - b);
      },
      [active],
    ),
  });
  const errors = new Set(problems.map((p) => `${String(p.path[0])}:${String(p.path[1])}`));

  // Focus moves before the next key arrives: the change and the row to show are rendered
  // synchronously (flushSync), so fast typing never lands in the row just left.
  const focus = (row: number, column: number) => {
    scroller.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${column}"]`)?.focus();
  };
  const moveTo = (next: GridRow[] | undefined, row: number, column: number) => {
    flushSync(() => {
      if (next) onChange(next);
      setActive(row);
    });
    focus(row, column);
  };
  const withRowsUpTo = (list: GridRow[], index: number) => {
    const next = [...list];
    while (next.length <= index) next.push(emptyRow());
    return next;
  };

  function update(index: number, change: Partial<GridRow>) {
    const next = withRowsUpTo(rows, index);
    next[index] = { ...(next[index] as GridRow), ...change };
    onChange(next);
  }

  function remove(index: number) {
    if (index < rows.length) onChange(rows.filter((_, i) => i !== index));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number, column: number) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const target = Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1));
      moveTo(target >= rows.length ? withRowsUpTo(rows, target) : undefined, target, column);
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
        moveTo(next, index + 1, 0);
        return;
      }
    }
    if (column === columns.length - 1) moveTo(withRowsUpTo(rows, index + 1), index + 1, 0);
    else focus(index, column + 1);
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
        else if (column + c === columns.length) row.estimated = flagText.test(cell.trim());
      });
      next[index + offset] = row;
    });
    onChange(next);
  }

  return (
    <div className="grid-scroll" ref={scroller} data-testid="transaction-grid-scroll">
      <table className="vgrid" aria-label="取引履歴の入力" aria-rowcount={shown.length + 1} data-testid="transaction-grid">
        <thead>
          <tr className="vgrid-row vgrid-head">
            <th className="num">No</th>
            {columns.map((c) => (
              <th key={c.key}>{c.label}</th>
            ))}
            <th>推定</th>
            <th>
              <span className="visually-hidden">削除</span>
            </th>
          </tr>
        </thead>
        <tbody className="vgrid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const index = item.index;
            const row = shown[index] as GridRow;
            return (
              <tr
                key={index}
                aria-rowindex={index + 2}
                className="vgrid-row"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <td className="num">{index + 1}</td>
                {columns.map((c, column) => (
                  <td
                    key={c.key}
                    className={
                      [errors.has(`${index}:${c.key}`) ? 'cell-error' : '', c.key === 'date' ? 'date-cell' : ''].join(' ').trim() ||
                      undefined
                    }
                  >
                    <input
                      data-row={index}
                      data-col={column}
                      aria-label={`${index + 1}行目 ${c.label.replace('(%)', '')}`}
                      value={row[c.key] ?? ''}
                      inputMode={c.key === 'borrow' || c.key === 'repay' ? 'numeric' : c.key === 'rate' ? 'decimal' : undefined}
                      placeholder={index === shown.length - 1 && column === 0 ? 'H13.1.15 50000' : undefined}
                      onFocus={() => setActive(index)}
                      onChange={(e) => update(index, { [c.key as ColumnKey]: e.target.value })}
                      onKeyDown={(e) => onKeyDown(e, index, column)}
                      onPaste={(e) => onPaste(e, index, column)}
                    />
                    {c.key === 'date' && <WarekiBeside text={row.date} />}
                  </td>
                ))}
                <td className="flag-cell">
                  <input
                    type="checkbox"
                    aria-label={`${index + 1}行目 推定`}
                    checked={row.estimated === true}
                    onFocus={() => setActive(index)}
                    onChange={(e) => update(index, { estimated: e.target.checked })}
                  />
                </td>
                <td>
                  {index < rows.length && (
                    <button
                      type="button"
                      className="small secondary row-delete"
                      aria-label={`${index + 1}行目を削除`}
                      onClick={() => remove(index)}
                    >
                      ×
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Beside a row's date, the other calendar: 2002-03-10 shows H14.3.10, and H14.3.10 typed shows 2002-03-10. */
function WarekiBeside({ text }: { text: string }) {
  const parsed = text.trim() === '' ? undefined : parseJapaneseDate(text);
  if (!parsed?.ok) return null;
  return <span className="wareki-beside">{parsed.value === text.trim() ? formatWareki(parsed.value, 'short') : parsed.value}</span>;
}
