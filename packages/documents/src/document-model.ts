// The document model: what a document says, laid out by no renderer yet. Every document kind is a
// pure function from the case (and the core's results) to this model; the PDF, Word and Excel
// renderers only lay it out, so a figure reads the same in every format.

/** How a table column's cells are written: the model keeps values, the renderer formats them. */
export type ColumnKind =
  /** Free text. */
  | 'text'
  /** Integer yen, `1,234`. */
  | 'yen'
  /** Integer yen where a negative value is an overpayment, printed `▲1,234` (名古屋式). */
  | 'signed-yen'
  /** A civil date 'YYYY-MM-DD', printed in 和暦; a real date cell in a spreadsheet. */
  | 'date'
  /** A count (days, installments, row numbers). */
  | 'count'
  /** An exact percent text ('18', '29.2'). */
  | 'rate';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
  /** Relative width (1 = an average column). */
  width?: number;
  /** At least this many full-width characters wide: a short label that must not break (提示した側's 債権者から). */
  minChars?: number;
}

/** A cell: text, integer yen or count, a civil date, or empty. */
export type Cell = string | number | null;

export interface TableBlock {
  type: 'table';
  /** A caption above the table (also the spreadsheet's heading for it). */
  caption?: string;
  columns: readonly TableColumn[];
  rows: readonly (readonly Cell[])[];
  /** Rows after the body, bold (totals); the same columns. */
  totals?: readonly (readonly Cell[])[];
}

export type Block =
  /** The document's title, centred. */
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  /** A paragraph; `indent` starts it with a full-width space, as Japanese prose does. */
  | { type: 'paragraph'; text: string; align?: 'left' | 'right' | 'center'; indent?: boolean; bold?: boolean }
  /** Lines kept together, e.g. an address block, aligned left or right. */
  | { type: 'lines'; lines: readonly string[]; align?: 'left' | 'right'; bold?: boolean }
  /** Label → value pairs (the debtor's particulars, a summary of figures). */
  | { type: 'fields'; rows: readonly (readonly [string, string])[] }
  /** A numbered list (第1, 1, …): `marker` per item, given by the document. */
  | { type: 'items'; items: readonly { marker: string; text: string }[] }
  | TableBlock
  /** Vertical space. */
  | { type: 'space' };

/** A part of the document that starts on a new page (one creditor's letter, one month's budget). */
export interface Section {
  /** A short name: the spreadsheet's sheet name, the bookmark. */
  name: string;
  blocks: readonly Block[];
  /** Landscape for wide tables (the 計算書). */
  landscape?: boolean;
}

/**
 * `letter`: 明朝 prose (letters, agreements); `sheet`: ゴシック tables (計算書, lists, budgets);
 * `certified-mail`: 内容証明, each character in a cell of the 26×20 grid.
 */
export type DocumentStyle = 'letter' | 'sheet' | 'certified-mail';

export interface DocumentModel {
  title: string;
  /** The file name without its extension (Japanese allowed; the API encodes it). */
  fileName: string;
  style: DocumentStyle;
  sections: readonly Section[];
  /** A line at the head of every page (whose statement a loose page belongs to). */
  runningHead?: string;
  /**
   * For the sender only, never part of what is sent: how to send it and what to check first (a
   * 内容証明's instructions, printed on a page after the sheets, outside their count).
   */
  senderNotes?: { title: string; lines: readonly string[] };
}
