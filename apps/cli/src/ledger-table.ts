// The ledger for a terminal: aligned columns (full-width characters count double), the options
// used, the warnings and the result.
import { explainRow, formatYen, type RecalcResult } from '@wakai/core/engine';
import { ledgerColumns, ledgerRowValues, optionLines, summaryLines, warningTexts } from '@wakai/documents/columns';
import { eastAsianWidth } from 'get-east-asian-width';

/** The ledger in pieces to write one after another (a 200,000-row ledger need not be one string). */
export function* ledgerTable(result: RecalcResult, { dates, explain }: { dates: 'iso' | 'wareki'; explain: boolean }): Generator<string> {
  const columns = ledgerColumns;
  const cells = result.rows.map((row, index) => ledgerRowValues(row, index, dates).map(display));
  const headers = columns.map((c) => c.header);
  // A loop, not Math.max(...cells): a spread of 200,000 values overflows the call stack.
  const widths = headers.map(width);
  for (const row of cells) {
    for (let c = 0; c < row.length; c++) widths[c] = Math.max(widths[c] as number, width(row[c] as string));
  }
  const line = (row: string[]) =>
    row
      .map((text, c) => {
        const padding = ' '.repeat((widths[c] as number) - width(text));
        return columns[c]?.align === 'right' ? padding + text : text + padding;
      })
      .join('  ')
      .trimEnd();

  let out: string[] = ['引き直し計算'];
  for (const [name, value] of optionLines(result.options)) out.push(`  ${name}: ${value}`);
  out.push('', line(headers), '-'.repeat(widths.reduce((a, b) => a + b + 2, -2)));
  for (let index = 0; index < cells.length; index++) {
    out.push(line(cells[index] as string[]));
    if (explain)
      for (const text of explainRow(result.rows[index] as RecalcResult['rows'][number], result.options.rounding)) out.push(`      ${text}`);
    if (out.length >= 2_000) {
      yield `${out.join('\n')}\n`;
      out = [];
    }
  }
  out.push('');
  for (const [name, value] of summaryLines(result.summary))
    out.push(`${name}: ${typeof value === 'number' ? `${formatYen(value)}円` : value}`);
  if (result.comparison) {
    const { continuous, split, claimDifference } = result.comparison;
    out.push(
      `一連計算の請求額 ${formatYen(continuous.claim)}円 / 分断した場合 ${formatYen(split.claim)}円(差 ${formatYen(claimDifference)}円)`,
    );
  }
  for (const text of warningTexts(result)) out.push(`注意: ${text}`);
  yield `${out.join('\n')}\n`;
}

function display(value: string | number): string {
  return typeof value === 'number' ? formatYen(value) : value;
}

/** Terminal columns: full-width (East Asian Wide/Fullwidth) characters take two. */
function width(text: string): number {
  // Most cells are ASCII digits and commas: counted without iterating code points.
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x7f;
  if (ascii) return text.length;
  let columns = 0;
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    columns += code < 0x7f ? 1 : eastAsianWidth(code, { ambiguousAsWide: false });
  }
  return columns;
}
