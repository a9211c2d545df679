// Bytes of a CSV file → rows of cells: the encoding is detected (UTF-8 with or without BOM,
// UTF-16 with BOM, Shift_JIS) and the CSV parsed by csv-parse; then readHistoryTable reads it.
import { parse } from 'csv-parse/sync';
import { type HistoryImport, readHistoryTable } from './history-table.js';

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

/** A CSV history file (comma- or tab-separated), all or nothing. */
export function readHistoryCsv(bytes: Uint8Array): HistoryImport {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ code: 'import.encoding', params: {} }] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      delimiter: [',', '\t'],
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message: string; lines?: number };
    return { ok: false, problems: [{ ...(e.lines ? { line: e.lines } : {}), code: 'import.csvSyntax', params: { detail: e.message } }] };
  }
  return readHistoryTable(
    records.map((r) => r.record),
    records.map((r) => r.info.lines),
  );
}
