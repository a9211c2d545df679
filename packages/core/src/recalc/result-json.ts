// The JSON contract of a recalculation (`wakai recalc --format json`, later the API): integer yen,
// dates 'YYYY-MM-DD', rates as exact percent texts. Add fields; never rename or drop one.
import { messageText } from '../messages.js';
import { explainRow } from './explain.js';
import type { LedgerRow, RecalcResult } from './recalc.js';

/** The fields of a ledger row in the contract, in this order (`line` only where the row has one). */
export const ledgerRowJsonKeys = [
  'date',
  'borrow',
  'repay',
  'days',
  'rate',
  'interest',
  'unpaidInterest',
  'balance',
  'overpayment',
  'overpaymentInterest',
  'note',
  'kind',
  'series',
  'estimated',
  'line',
] as const satisfies readonly (keyof LedgerRow)[];

export type RecalcJsonRow = Pick<LedgerRow, (typeof ledgerRowJsonKeys)[number]> & { working?: string[] };

function jsonHead(result: RecalcResult) {
  return {
    options: result.options,
    summary: result.summary,
    series: result.series,
    gaps: result.gaps,
    warnings: result.warnings.map((w) => ({
      code: w.code,
      ja: messageText(w.code, w.params, 'ja'),
      en: messageText(w.code, w.params, 'en'),
    })),
    ...(result.comparison ? { comparison: result.comparison } : {}),
  };
}

function jsonRow(row: LedgerRow, result: RecalcResult, working: boolean): RecalcJsonRow {
  const picked = Object.fromEntries(
    ledgerRowJsonKeys.filter((key) => row[key] !== undefined).map((key) => [key, row[key]]),
  ) as unknown as RecalcJsonRow;
  if (working) picked.working = explainRow(row, result.options.rounding);
  return picked;
}

export function recalcJson(result: RecalcResult, { working = false }: { working?: boolean } = {}) {
  return { ...jsonHead(result), rows: result.rows.map((row) => jsonRow(row, result, working)) };
}

/** The JSON contract of a recalculation as a type (the same text `recalcJsonText` writes). */
export type RecalcJson = ReturnType<typeof recalcJson>;

/**
 * The same document as text, in pieces to write one after another: indented, one ledger row per
 * line. Rows are written by a template (JSON.stringify with a key list costs ten times as much);
 * a test holds the text and the object equal.
 */
export function* recalcJsonChunks(result: RecalcResult, { working = false }: { working?: boolean } = {}): Generator<string> {
  const head = JSON.stringify({ ...jsonHead(result), rows: [] }, null, 2);
  if (result.rows.length === 0) {
    yield `${head}\n`;
    return;
  }
  yield `${head.slice(0, head.lastIndexOf('"rows": []'))}"rows": [\n`;
  const rowText = working ? (row: LedgerRow) => JSON.stringify(jsonRow(row, result, true)) : rowJsonText;
  for (let start = 0; start < result.rows.length; start += ROWS_PER_CHUNK) {
    const block = result.rows.slice(start, start + ROWS_PER_CHUNK).map((row) => `    ${rowText(row)}`);
    yield `${start > 0 ? ',\n' : ''}${block.join(',\n')}`;
  }
  yield '\n  ]\n}\n';
}

const ROWS_PER_CHUNK = 2_000;

export function recalcJsonText(result: RecalcResult, options: { working?: boolean } = {}): string {
  return [...recalcJsonChunks(result, options)].join('');
}

// Same fields and order as ledgerRowJsonKeys; numbers are integers, so `${n}` is exact JSON.
function rowJsonText(row: LedgerRow): string {
  const line = row.line === undefined ? '' : `,"line":${row.line}`;
  return (
    `{"date":"${row.date}","borrow":${row.borrow},"repay":${row.repay},"days":${row.days},"rate":"${row.rate}",` +
    `"interest":${row.interest},"unpaidInterest":${row.unpaidInterest},"balance":${row.balance},"overpayment":${row.overpayment},` +
    `"overpaymentInterest":${row.overpaymentInterest},"note":${JSON.stringify(row.note)},"kind":"${row.kind}","series":${row.series},` +
    `"estimated":${row.estimated}${line}}`
  );
}
