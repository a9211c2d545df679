import { recalculate } from '@wakai/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readHistoryXlsx } from './history-xlsx.js';
import { ledgerCsv } from './ledger-csv.js';
import { ledgerXlsx } from './ledger-xlsx.js';

async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readHistoryXlsx', () => {
  it('reads date cells, numbers, text amounts and formula results from the first sheet with a header', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('表紙').addRow(['取引履歴']);
      const sheet = workbook.addWorksheet('履歴');
      sheet.addRow(['○○ファイナンス']);
      sheet.addRow(['取引日', '借入額', '弁済額', '摘要']);
      sheet.addRow([new Date(Date.UTC(2000, 2, 27)), 478_594, null, '契約']);
      sheet.addRow(['H12.4.25', null, '¥50,000']);
      sheet.addRow([new Date(Date.UTC(2000, 4, 25)), null, { formula: '25000*2', result: 50_000 }]);
    });
    expect(await readHistoryXlsx(bytes)).toMatchObject({
      ok: true,
      headerLine: 2,
      transactions: [
        { date: '2000-03-27', borrow: 478_594, repay: 0, note: '契約', line: 3 },
        { date: '2000-04-25', borrow: 0, repay: 50_000, line: 4 },
        { date: '2000-05-25', borrow: 0, repay: 50_000, line: 5 },
      ],
    });
  });

  it('names the sheet row and column letter of a bad cell', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('履歴');
      sheet.addRow(['日付', '借入', '返済']);
      sheet.addRow(['2001-01-15', 50_000]);
      sheet.addRow(['2001-02-15', null, 'たくさん']);
    });
    expect(await readHistoryXlsx(bytes)).toMatchObject({
      ok: false,
      problems: [{ line: 3, columnLetter: 'C', column: '返済', code: 'amount.invalid' }],
    });
  });

  it('refuses a file that is not a workbook', async () => {
    expect(await readHistoryXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatchObject({
      ok: false,
      problems: [{ code: 'import.xlsxDamaged' }],
    });
  });
});

const result = recalculate(
  [
    { date: '2000-03-27', borrow: 478_594, repay: 0 },
    { date: '2000-04-25', borrow: 0, repay: 50_000, note: '振込, 本人' },
  ],
  { asOf: '2000-05-25' },
);

describe('ledger output', () => {
  it('writes CSV for Excel: BOM, the options first, then the rows with their figures', () => {
    const csv = ledgerCsv(result);
    expect(csv.startsWith('\uFEFF引き直し計算\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('計算条件,年日数,各年計算(閏年は366日)');
    // Every ledger names the 過払利息 rule it used (the default per-increment, and its order of parts).
    expect(lines).toContain('計算条件,過払利息の利率,過払金の増加分ごとに発生時の法定利率(2020年3月31日までに生じた分は5%のまま)');
    expect(lines).toContain('計算条件,過払中の借入が消す過払金の順,古い過払金から充当');
    expect(ledgerCsv({ ...result, options: { ...result.options, overpaymentRate: 'fixed-5' } })).not.toContain('過払金の順');
    expect(lines.indexOf('No,年月日,借入,返済,日数,利率(%),利息,未払利息,残元金,過払金,過払利息,備考')).toBeGreaterThan(
      lines.indexOf('計算条件,利率,利息制限法の上限利率'),
    );
    // 478,594 × 18% × 29/366 = 6,825; 50,000 − 6,825 = 43,175 off principal; the note's comma is quoted.
    expect(lines).toContain('2,2000-04-25,0,50000,29,18,6825,0,435419,0,0,"振込, 本人"');
    expect(lines).toContain('結果,残元金,435419');
  });

  it('writes an XLSX workbook that Excel reads back with the same figures', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await ledgerXlsx(result, 'wareki')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('引き直し計算');
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['計算条件', '端数処理', '円未満切捨て']);
    expect(rows).toContainEqual([2, 'H12.4.25', 0, 50_000, 29, '18', 6_825, 0, 435_419, 0, 0, '振込, 本人']);
    expect(rows).toContainEqual(['結果', '残元金', 435_419]);
  });
});
