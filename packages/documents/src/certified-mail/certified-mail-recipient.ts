// The recipient's line of a 内容証明 (docs/documents.md "内容証明 rules": the recipient as on the
// envelope), laid so that its honorific (殿 / 御中) stays on the name's row: a lone 殿 on a new row
// can take a whole new sheet, which the sender pays for.
import { layoutCertifiedMail } from './certified-mail-grid.js';

/** The text's rows on the grid, as strings (the cells joined). */
function gridRows(text: string): string[] {
  const layout = layoutCertifiedMail([{ text }], Number.POSITIVE_INFINITY);
  return layout.sheets.flat().map((line) => line.cells.join(''));
}

const fitsOneRow = (text: string) => gridRows(text).length === 1;

/**
 * The last resort for a name longer than a row: the grid's own rows, with the honorific's row
 * given the two characters before it so that it never stands alone.
 */
function keepHonorific(body: string, honorific: string): string[] {
  const rows = gridRows(`${body}${honorific}`);
  const last = rows.at(-1) ?? '';
  if (rows.length < 2 || Array.from(last).length > Array.from(honorific).length) return rows;
  const before = Array.from(rows.at(-2) ?? '');
  const moved = before.splice(-2).join('');
  return [...rows.slice(0, -2), before.join(''), `${moved}${last}`];
}

/**
 * "会社 代表者 氏名 殿" (or "会社 御中"), each returned string one row of the grid. Where the
 * spaced line overflows, the spaces between company, title and name go first; then the company
 * takes its own row; the honorific never starts a row alone.
 */
export function certifiedMailRecipient(company: string, representative?: string): string[] {
  const candidates: string[][] = representative
    ? [
        [`${company} 代表者 ${representative} 殿`],
        [`${company}代表者${representative}殿`],
        [company, `代表者 ${representative} 殿`],
        [company, `代表者${representative}殿`],
      ]
    : [[`${company} 御中`], [`${company}御中`]];
  const fitting = candidates.find((lines) => lines.every(fitsOneRow));
  if (fitting) return fitting;
  return representative ? [...gridRows(company), ...keepHonorific(`代表者${representative}`, '殿')] : keepHonorific(company, '御中');
}
