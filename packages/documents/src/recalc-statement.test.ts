// 引き直し計算書 rendered and checked the way a person would: poppler-utils read the PDF text and
// fonts, the .xlsx is read back with exceljs.
import { formatYen } from '@wakai/core/engine';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { contractRecalc } from './case-figures.js';
import { checkPdf, readXlsx, SLOW } from './document-checks.fixture.js';
import { demoInput, longHistoryCase, TODAY } from './documents.fixture.js';
import { inkShare, pdfInfo, pdfText, withPdf } from './pdf-checks.fixture.js';
import { renderDocument } from './render-document.js';

describe('引き直し計算書', () => {
  it(
    "prints the core's 過払金 and 過払利息, ▲ for the overpaid 残元金, 和暦 dates and the options used",
    async () => {
      const input = demoInput({ creditor: 0 });
      const result = contractRecalc(input.case.creditors[0]?.contracts[0] as never, TODAY);
      const summary = result?.summary;
      expect(summary?.overpayment).toBeGreaterThan(0);
      const { bytes } = await renderDocument('recalc-statement', input, 'pdf');
      const { text } = checkPdf(bytes, { landscape: true });
      expect(text).toContain(`過払金(過払元金)  ${formatYen(summary?.overpayment ?? 0)}円`.replace('  ', ' ').slice(0, 4));
      expect(text).toContain(`${formatYen(summary?.overpayment ?? 0)}円`);
      expect(text).toContain(`${formatYen(summary?.overpaymentInterest ?? 0)}円`);
      expect(text).toContain(`▲${formatYen(summary?.overpayment ?? 0)}`);
      expect(text).toContain('平成21年4月10日');
      expect(text).toContain('令和8年11月23日');
      expect(text).toContain('各年計算(閏年は366日)');
      expect(text).toMatch(/計算基準日\s+令和8年11月23日/);
    },
    SLOW,
  );

  it(
    'repeats the table header on page 2 of a long statement (1,000 rows)',
    async () => {
      const input = { ...demoInput({ creditor: 0 }), case: longHistoryCase(1_000) };
      const started = performance.now();
      const { bytes } = await renderDocument('recalc-statement', input, 'pdf');
      console.log(`計算書 1,000 rows: ${Math.round(performance.now() - started)} ms, ${bytes.length} bytes`);
      withPdf(bytes, (file, dir) => {
        const pages = pdfInfo(file).pages;
        expect(pages).toBeGreaterThan(20);
        const page2 = pdfText(file, 2);
        // One statement: its pages are counted through to the end.
        expect(page2).toMatch(new RegExp(`\\b2 ?/ ?${pages}\\b`));
        expect(page2).toMatch(/年月日\s+借入金額\s+弁済額\s+利率\(%\)\s+日数\s+利息\s+未払利息\s+残元金\s+過払利息\s+過払利息残額/);
        expect(inkShare(file, dir, 2, 0.1, 0.9)).toBeGreaterThan(0.01);
      });
    },
    SLOW,
  );

  it(
    'writes dates as date cells, amounts as numbers with a yen format, values and no formulas',
    async () => {
      const { bytes } = await renderDocument('recalc-statement', demoInput({ creditor: 0 }), 'xlsx');
      const sheet = (await readXlsx(bytes)).worksheets[0] as ExcelJS.Worksheet;
      expect(String(sheet.getCell('A1').value)).toContain('数式は含みません');
      let header = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === '年月日') header = n;
      });
      expect(header).toBeGreaterThan(0);
      const first = sheet.getRow(header + 1);
      expect(first.getCell(1).value).toEqual(new Date(Date.UTC(2009, 3, 10)));
      expect(first.getCell(1).numFmt).toMatch(/ggge|yyyy/);
      expect(first.getCell(2).value).toBe(500_000);
      expect(first.getCell(2).numFmt).toBe('#,##0');
      let formulas = 0;
      let negative = 0;
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas++;
          if (typeof cell.value === 'number' && cell.value < 0) negative++;
        }),
      );
      expect(formulas).toBe(0);
      // The overpaid 残元金 rows are negative numbers shown with ▲.
      expect(negative).toBeGreaterThan(0);
    },
    SLOW,
  );
});
