// 家計収支表 rendered and checked the way a person would: the PDF text and the .xlsx read back.
import { caseContentSchema, demoCase } from '@wakai/core';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './build-document.js';
import { checkPdf, readXlsx, SLOW } from './document-checks.fixture.js';
import { completedDemoCase, demoInput, TODAY } from './documents.fixture.js';
import { MissingDataError } from './missing-data.js';
import { renderDocument } from './render-document.js';

describe('家計収支表', () => {
  it(
    'prints each recorded month with income total equal to spending total, and writes numbers to Excel',
    async () => {
      const input = demoInput();
      const { text, info } = checkPdf((await renderDocument('household-budget', input, 'pdf')).bytes);
      expect(info.pages).toBe(2);
      expect(text).toContain('令和8年9月分');
      expect(text).toMatch(/収入合計\s+375,000\s+支出合計\s+375,000/);
      const workbook = await readXlsx((await renderDocument('household-budget', input, 'xlsx')).bytes);
      const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
      let totals: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === '収入合計') totals = row;
      });
      expect(totals?.getCell(2).value).toBe(375_000);
      expect(totals?.getCell(4).value).toBe(375_000);
      expect(totals?.getCell(2).numFmt).toBe('#,##0');
    },
    SLOW,
  );

  it('refuses a month whose income and spending do not balance, naming it', () => {
    const content = completedDemoCase();
    const month = content.budget.months[0];
    if (month) month.spending.food = 1;
    expect(() => buildDocument('household-budget', { ...demoInput(), case: content })).toThrow(/令和8年9月: 差額/);
  });

  it('asks for recorded months when there are none', () => {
    const content = caseContentSchema.parse(demoCase(TODAY));
    expect(() => buildDocument('household-budget', { case: content, letterhead: null, today: TODAY })).toThrow(MissingDataError);
  });
});
