import type { RecalcResult } from '@wakai/core/engine';
import ExcelJS from 'exceljs';
import { ledgerColumns, ledgerRowValues, optionLines, summaryLines, warningTexts } from './ledger-columns.js';

const YEN_FORMAT = '#,##0';

/** The ledger as an XLSX workbook: options on top, then the rows with yen formatting, then the result. */
export async function ledgerXlsx(result: RecalcResult, dates: 'iso' | 'wareki' = 'iso'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('引き直し計算');
  const columns = ledgerColumns;
  sheet.addRow(['引き直し計算']).font = { bold: true, size: 14 };
  for (const [name, value] of optionLines(result.options)) sheet.addRow(['計算条件', name, value]);
  for (const text of warningTexts(result)) sheet.addRow(['注意', text]);
  sheet.addRow([]);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  const headerRowNumber = header.number;
  for (let index = 0; index < result.rows.length; index++) {
    const row = result.rows[index];
    if (row) sheet.addRow(ledgerRowValues(row, index, dates));
  }
  sheet.addRow([]);
  for (const [name, value] of summaryLines(result.summary)) {
    const row = sheet.addRow(['結果', name, value]);
    if (typeof value === 'number') row.getCell(3).numFmt = YEN_FORMAT;
  }
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.align === 'right' ? 12 : index === 1 ? 12 : 24;
    if (column.yen) {
      sheetColumn.numFmt = YEN_FORMAT;
    }
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRowNumber }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
