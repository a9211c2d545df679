// 内容証明 (内国郵便約款; docs/documents.md "内容証明 rules"): the text is counted by the post office's
// rules and laid on the 横書き 26字×20行 grid, at most 520 characters a sheet. Written by hand:
// no library knows these rules.

export const certifiedMailGrid = {
  columns: 26,
  rows: 20,
  perSheet: 520,
  source: '内国郵便約款・内容証明の字数制限(横書き 26字×20行、1枚520字以内)',
} as const;

const spaces = new Set([' ', '\u3000', '\t']);
// Opening bracket → its closing one: a pair counts as one character.
const bracketPairs: Record<string, string> = {
  '\u300c': '\u300d', // 「」
  '\u300e': '\u300f', // 『』
  '(': ')',
  '\uff08': '\uff09', // full-width ( )
  '[': ']',
  '\uff3b': '\uff3d', // full-width [ ]
  '\u3010': '\u3011', // 【】
  '\u3014': '\u3015', // 〔〕
  '\u3008': '\u3009', // 〈〉
  '\u300a': '\u300b', // 《》
  '{': '}',
  '\uff5b': '\uff5d', // full-width { }
  '\u201c': '\u201d', // “”
  '\u2018': '\u2019', // ‘’
};
const closingBrackets = new Set(Object.values(bracketPairs));

/** ㎡ ㎏ and the other squared unit signs (U+3300–U+33FF) count two. */
function isSquaredUnit(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x3300 && code <= 0x33ff;
}

/** ①–⑳ and ㉑–㊿. */
function isCircledNumber(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x2460 && code <= 0x2473) || (code >= 0x3251 && code <= 0x325f) || (code >= 0x32b1 && code <= 0x32bf);
}

/**
 * Counts characters by the rules, carrying the open brackets across calls so that a pair split
 * over two lines still counts once.
 */
export class CertifiedMailCounter {
  private readonly open: string[] = [];

  /** The count of one character; `itemStart`: it begins a paragraph (a circled number there is an item marker). */
  count(char: string, itemStart = false): number {
    if (spaces.has(char) || char === '\n' || char === '\r') return 0;
    const closing = bracketPairs[char];
    if (closing !== undefined) {
      this.open.push(closing);
      return 1;
    }
    if (closingBrackets.has(char)) {
      const at = this.open.lastIndexOf(char);
      if (at < 0) return 1;
      this.open.splice(at, 1);
      return 0;
    }
    if (isSquaredUnit(char)) return 2;
    if (isCircledNumber(char)) return itemStart ? 1 : 2;
    return 1;
  }
}

/**
 * The count of a text: every punctuation mark one, a pair of brackets one, ㎡ ㎏ two, circled
 * numbers two (one as an item marker at the start of a line), half-width characters one; spaces
 * and blank lines none.
 */
export function countCertifiedMail(text: string): number {
  const counter = new CertifiedMailCounter();
  let total = 0;
  for (const line of text.split(/\r?\n/)) {
    let start = true;
    for (const char of line) {
      total += counter.count(char, start);
      if (!spaces.has(char)) start = false;
    }
  }
  return total;
}

export interface CertifiedMailParagraph {
  text: string;
  /** `right`: set against the right edge (the date, the sender), padded with uncounted spaces. */
  align?: 'left' | 'right' | 'center';
}

export interface CertifiedMailLine {
  /** The characters in their cells, left to right (at most 26). */
  cells: string[];
  /** The line's count by the rules (at most 26). */
  count: number;
}

export interface CertifiedMailLayout {
  sheets: CertifiedMailLine[][];
  /** The whole text's count. */
  count: number;
}

export class CertifiedMailTooLongError extends Error {
  constructor(
    readonly count: number,
    readonly sheetsNeeded: number,
    readonly maxSheets: number,
  ) {
    super(
      `内容証明の字数を超えています: ${count}字で${sheetsNeeded}枚になります(${maxSheets}枚まで、1枚26字×20行・520字以内)。本文を短くしてください`,
    );
    this.name = 'CertifiedMailTooLongError';
  }

  get capacity(): number {
    return this.maxSheets * certifiedMailGrid.perSheet;
  }
}

/**
 * The paragraphs on the grid: a line breaks before a character that would take a 27th cell or
 * a 27th counted character; punctuation may start a line (no kinsoku shifting, every mark counts).
 * Refuses, with the count, a text that needs more than `maxSheets` sheets.
 */
export function layoutCertifiedMail(paragraphs: readonly CertifiedMailParagraph[], maxSheets: number): CertifiedMailLayout {
  const { columns, rows } = certifiedMailGrid;
  const counter = new CertifiedMailCounter();
  const lines: CertifiedMailLine[] = [];
  let total = 0;
  for (const paragraph of paragraphs) {
    const chars = Array.from(paragraph.text);
    let line: CertifiedMailLine = { cells: [], count: 0 };
    let start = true;
    for (const char of chars) {
      const count = counter.count(char, start);
      if (!spaces.has(char)) start = false;
      if (line.cells.length + 1 > columns || line.count + count > columns) {
        lines.push(line);
        line = { cells: [], count: 0 };
      }
      line.cells.push(char);
      line.count += count;
      total += count;
    }
    lines.push(aligned(line, paragraph.align ?? 'left'));
  }
  const sheets: CertifiedMailLine[][] = [];
  for (let at = 0; at < lines.length; at += rows) sheets.push(lines.slice(at, at + rows));
  if (sheets.length > maxSheets) throw new CertifiedMailTooLongError(total, sheets.length, maxSheets);
  return { sheets, count: total };
}

/** Pads a one-line paragraph with (uncounted) spaces to set it right or centre. */
function aligned(line: CertifiedMailLine, align: 'left' | 'right' | 'center'): CertifiedMailLine {
  const room = certifiedMailGrid.columns - line.cells.length;
  if (align === 'left' || room <= 0) return line;
  const pad = align === 'right' ? room : Math.floor(room / 2);
  return { cells: [...Array.from({ length: pad }, () => '\u3000'), ...line.cells], count: line.count };
}
