import { inflateRawSync } from 'node:zlib';
import { type Cell, type ColumnMapping, type HistoryImport, type ImportProblem, readHistoryTable } from '@wakai/core/engine';
import ExcelJS from 'exceljs';

/** All parts of a workbook together, unpacked: a 200,000-row history is well under half of this. */
export const MAX_XLSX_UNPACKED = 128 * 1024 * 1024;
/** Rows per sheet: the 200,000 transactions a history may hold, with room for titles and totals. */
export const MAX_XLSX_ROWS = 200_100;

/**
 * A history from the first worksheet that holds one; lines are the sheet's row numbers. A file
 * that would take the server's memory and time (a 16 MB file of 2 million rows took 50 s and
 * 4 GB) is refused before a single cell is built: the zip's parts are unpacked within their
 * stated sizes and a limit, and the rows of each sheet are counted first.
 */
export async function readHistoryXlsx(bytes: Uint8Array, mapping?: ColumnMapping): Promise<HistoryImport> {
  const refused = xlsxLimitProblem(bytes);
  if (refused) return { ok: false, problems: [refused] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, problems: [{ code: 'import.xlsx', params: { detail: (error as Error).message } }] };
  }
  let first: HistoryImport | undefined;
  for (const sheet of workbook.worksheets) {
    const rows: Cell[][] = [];
    const lines: number[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
      rows.push(cells);
      lines.push(rowNumber);
    });
    const read = readHistoryTable(rows, lines, mapping);
    // A sheet without a history header is skipped; the first sheet with one decides.
    if (read.ok || read.problems[0]?.code !== 'import.noHeader') return read;
    first ??= read;
  }
  return first ?? { ok: false, problems: [{ code: 'import.empty', params: {} }] };
}

/** Formula results, rich text and hyperlinks reduced to the value a person sees. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  return undefined;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024);

/**
 * Why the workbook may not be read (a problem), or undefined. Reads the zip's central directory;
 * refuses stated sizes over the limit at once, then unpacks each part no further than its stated
 * size (a part that lies about its size is refused too) and counts each sheet's rows. What this
 * check cannot follow to the byte — data before the zip (which exceljs skips over), a part whose
 * local header is not where the directory says, a method other than stored or deflate — is refused:
 * exceljs then unpacks exactly the bytes measured here.
 */
export function xlsxLimitProblem(bytes: Uint8Array): ImportProblem | undefined {
  const damaged: ImportProblem = { code: 'import.xlsxDamaged', params: {} };
  const entries = zipEntries(bytes);
  if (!entries) return damaged;
  const tooLarge = (size: number): ImportProblem => ({
    code: 'import.xlsxTooLarge',
    params: { size: megabytes(size), limit: megabytes(MAX_XLSX_UNPACKED) },
  });
  const stated = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (stated > MAX_XLSX_UNPACKED) return tooLarge(stated);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const sheet = /^xl\/worksheets\/([^/]+)\.xml$/.exec(entry.name)?.[1];
    if (entry.method !== 8 && entry.method !== 0) return damaged;
    if (data.readUInt32LE(entry.localOffset) !== LOCAL_HEADER) return damaged;
    const start = entry.localOffset + 30 + data.readUInt16LE(entry.localOffset + 26) + data.readUInt16LE(entry.localOffset + 28);
    if (start + entry.compressedSize > data.length) return damaged;
    const packed = data.subarray(start, start + entry.compressedSize);
    let content: Buffer;
    try {
      content = entry.method === 0 ? packed : inflateRawSync(packed, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(stated);
      return damaged;
    }
    if (content.length !== entry.size) return damaged;
    if (sheet !== undefined && countRows(content) > MAX_XLSX_ROWS)
      return { code: 'import.tooManyRows', params: { sheet, limit: MAX_XLSX_ROWS } };
  }
  return undefined;
}

const LOCAL_HEADER = 0x04034b50;

/** `<row …>` elements (with or without a namespace prefix), without parsing the XML. */
function countRows(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf('row'); at !== -1; at = xml.indexOf('row', at + 3)) {
    const before = xml[at - 1];
    const after = xml[at + 3];
    if ((before === 0x3c || before === 0x3a) && (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09 || after === 0x0a))
      count++;
  }
  return count;
}

/** The entries of a zip's central directory; undefined when there is none to read, or data stands before the zip. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: at the end, after a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 65_535); at--) {
    if (data.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  // The workbook starts the file and its directory ends where the closing record starts: nothing before it.
  if (data.length < 4 || data.readUInt32LE(0) !== LOCAL_HEADER || at + data.readUInt32LE(end + 12) !== end) return undefined;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = data.readUInt16LE(at + 28);
    const entry = {
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
    };
    // ZIP64 sizes (a part over 4 GB) count as too large.
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) entries.push({ ...entry, size: Number.MAX_SAFE_INTEGER });
    else if (entry.localOffset + 30 > data.length || entry.localOffset + entry.compressedSize > data.length) return undefined;
    else entries.push(entry);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}
