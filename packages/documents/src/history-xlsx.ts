import { type Cell, type HistoryImport, readHistoryTable } from '@wakai/core/engine';
import ExcelJS from 'exceljs';

/** A history from the first worksheet that holds one; lines are the sheet's row numbers. */
export async function readHistoryXlsx(bytes: Uint8Array): Promise<HistoryImport> {
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
    const read = readHistoryTable(rows, lines);
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
