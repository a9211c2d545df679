// The document model as an Excel workbook, one sheet per section, streamed (ExcelJS's
// WorkbookWriter: rows are written and freed as they go, so a 200,000-row 計算書 stays small in
// memory). Values, never formulas: dates are real date cells shown in 和暦, amounts numbers with a
// yen format, so Excel sorts and filters them; a note on every sheet says nothing recalculates.
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Block, Cell, ColumnKind, DocumentModel, Section, TableBlock } from '../document-model.js';

export const xlsxFormats = {
  yen: '#,##0',
  /** A negative 残元金 is the overpayment, shown with ▲ as on the printed 計算書. */
  signedYen: '#,##0;"▲"#,##0',
  /** 和暦 (令和8年11月23日): the Japanese-calendar format code (LCID 411) that Excel and LibreOffice both read. */
  date: '[$-411]ggge"年"m"月"d"日"',
  count: '0',
  rate: '0.0###',
} as const;

export const XLSX_NOTE = 'この表は Wakai が計算した値を書き出したものです(数式は含みません。値を書き換えても再計算されません)。';

const numFmt: Record<ColumnKind, string | undefined> = {
  text: undefined,
  yen: xlsxFormats.yen,
  'signed-yen': xlsxFormats.signedYen,
  date: xlsxFormats.date,
  count: xlsxFormats.count,
  rate: xlsxFormats.rate,
};

/** A civil date as the spreadsheet's date value (midnight UTC: ExcelJS writes UTC serials). */
function dateValue(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

function cellValue(value: Cell, kind: ColumnKind): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') return dateValue(value);
  if (kind === 'rate' && typeof value === 'string') return Number(value);
  return value;
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
  taken.add(candidate);
  return candidate;
}

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function writeTable(sheet: ExcelJS.Worksheet, block: TableBlock): void {
  if (block.caption) sheet.addRow([block.caption]).font = { bold: true };
  const header = sheet.addRow(block.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    c.border = border;
  });
  header.commit();
  const formats = block.columns.map((c) => numFmt[c.kind]);
  const write = (row: readonly Cell[], bold: boolean) => {
    const added = sheet.addRow(block.columns.map((c, i) => cellValue(row[i] ?? null, c.kind)));
    formats.forEach((format, i) => {
      if (format) added.getCell(i + 1).numFmt = format;
    });
    if (bold) added.font = { bold: true };
    added.commit();
  };
  for (const row of block.rows) write(row, false);
  for (const row of block.totals ?? []) write(row, true);
}

function writeBlock(sheet: ExcelJS.Worksheet, block: Block): void {
  switch (block.type) {
    case 'title':
      sheet.addRow([block.text]).font = { bold: true, size: 14 };
      return;
    case 'heading':
      sheet.addRow([block.text]).font = { bold: true };
      return;
    case 'paragraph':
      sheet.addRow([block.text]);
      return;
    case 'lines':
      for (const line of block.lines) sheet.addRow([line]);
      return;
    case 'fields':
      for (const [label, value] of block.rows) sheet.addRow([label, value]).getCell(1).font = { bold: true };
      return;
    case 'items':
      for (const item of block.items) sheet.addRow([item.marker, item.text]);
      return;
    case 'table':
      writeTable(sheet, block);
      return;
    case 'space':
      sheet.addRow([]);
      return;
  }
}

/** Rows written before the first table's header (title, note, fields…), so the view can freeze above it. */
function rowsBeforeFirstTable(section: Section): number | null {
  let rows = 1; // the note
  for (const block of section.blocks) {
    if (block.type === 'table') return rows + (block.caption ? 1 : 0) + 1;
    if (block.type === 'lines') rows += block.lines.length;
    else if (block.type === 'fields') rows += block.rows.length;
    else if (block.type === 'items') rows += block.items.length;
    else rows += 1;
  }
  return null;
}

function columnWidths(section: Section): { width: number }[] {
  const widest = section.blocks
    .filter((b): b is TableBlock => b.type === 'table')
    .reduce<TableBlock | null>((best, b) => (best === null || b.columns.length > best.columns.length ? b : best), null);
  if (!widest) return [{ width: 28 }, { width: 60 }];
  return widest.columns.map((c) => ({ width: Math.max(12, Math.round((c.width ?? 1) * 13)) }));
}

/** Streams the workbook to `output` (a file, an HTTP response); resolves when it is written. */
export async function writeXlsx(model: DocumentModel, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Wakai';
  const taken = new Set<string>();
  for (const section of model.sections) {
    const frozen = rowsBeforeFirstTable(section);
    const sheet = workbook.addWorksheet(sheetName(section.name, taken), {
      pageSetup: {
        paperSize: 9,
        orientation: section.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
      ...(frozen === null ? {} : { views: [{ state: 'frozen', ySplit: frozen }] }),
    });
    sheet.columns = columnWidths(section);
    sheet.addRow([XLSX_NOTE]).font = { italic: true, color: { argb: 'FF666666' } };
    for (const block of section.blocks) writeBlock(sheet, block);
    sheet.commit();
  }
  await workbook.commit();
}

/** The workbook's bytes. */
export async function renderXlsx(model: DocumentModel): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeXlsx(model, sink);
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
