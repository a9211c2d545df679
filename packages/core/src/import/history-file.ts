// Bytes of a CSV file → rows of cells: the encoding is detected (UTF-8 with or without BOM,
// UTF-16 with BOM, Shift_JIS) and the CSV parsed by Papa Parse; then readHistoryTable reads it.
import Papa from 'papaparse';
import { type ColumnMapping, type HistoryImport, readHistoryTable } from './history-table.js';

export type DecodedText = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'shift_jis' } | { ok: false };

/** Never throws: the encoding is the BOM's, else strict UTF-8, else strict Shift_JIS. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strictDecode(bytes.subarray(3), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode(bytes.subarray(2), 'utf-16le');
  const utf8 = strictDecode(bytes, 'utf-8');
  return utf8.ok ? utf8 : strictDecode(bytes, 'shift_jis');
}

function strictDecode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'shift_jis'): DecodedText {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return { ok: false };
  }
}

/** A CSV history file (comma- or tab-separated), all or nothing; `mapping` as readHistoryTable takes it. */
export function readHistoryCsv(bytes: Uint8Array, mapping?: ColumnMapping): HistoryImport {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ code: 'import.encoding', params: {} }] };
  // Empty lines are kept as records, so each record starts one line after the previous one ends
  // (see recordLines). The delimiter (comma or tab) is detected.
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: false, delimitersToGuess: [',', '\t'] });
  const records = parsed.data;
  const broken = parsed.errors.find((error) => error.type !== 'Delimiter');
  if (broken) {
    const line = broken.row === undefined ? undefined : recordLines(records)[broken.row];
    return {
      ok: false,
      problems: [{ ...(line === undefined ? {} : { line }), code: 'import.csvSyntax', params: { detail: broken.message } }],
    };
  }
  return readHistoryTable(records, recordLines(records), mapping);
}

/** The file line each record starts on: one per record, plus the line breaks quoted inside fields. */
export function recordLines(records: readonly (readonly string[])[]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const record of records) {
    lines.push(line);
    line += 1;
    for (const field of record) {
      for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) line++;
    }
  }
  return lines;
}
