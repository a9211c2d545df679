// A history from words placed on pages (a PDF's text layer): the table laid out
// (history-layout.ts), then read by the same rules as a CSV; each problem names its page too.

import { type LaidTable, layOutTable, type PlacedText } from './history-layout.js';
import { type ColumnMapping, type HistoryImport, readHistoryTable } from './history-table.js';

/** The rows of a laid-out table as a CSV's: the header first, then one row a line; `lines[i]` is the table row number. */
export function tableCells(table: Extract<LaidTable, { ok: true }>): { rows: string[][]; lines: number[] } {
  return {
    rows: [table.header, ...table.rows.map((row) => row.cells.map((cell) => cell.text))],
    lines: [0, ...table.rows.map((_, i) => i + 1)],
  };
}

/** A text layer's words → a history, all or nothing, each problem naming its page and table row. */
export function readPlacedHistory(words: readonly PlacedText[], mapping?: ColumnMapping): HistoryImport {
  const table = layOutTable(words);
  if (!table.ok) return { ok: false, problems: [{ code: table.code, params: {} }] };
  const { rows, lines } = tableCells(table);
  const read = readHistoryTable(rows, lines, mapping);
  if (read.ok) return read;
  return {
    ...read,
    problems: read.problems.map((problem) => {
      const page = problem.line === undefined ? undefined : table.rows[problem.line - 1]?.page;
      return page === undefined ? problem : { page, ...problem };
    }),
  };
}
