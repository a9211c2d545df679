// 家計収支表 rendered and checked the way a person would: the PDF text and the .xlsx read back.
import { caseContentSchema, demoCase } from '@wakai/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './build-document.js';
import { completedDemoCase, demoInput, TODAY } from './documents.fixture.js';
import { MissingDataError } from './missing-data.js';
import { inkShare, pdfFontsOf, pdfInfo, pdfText, withPdf } from './pdf-checks.fixture.js';
import { renderDocument } from './render-document.js';

// PDF rendering is slow on a busy 2-core machine: generous limits, no timing assertions.
const SLOW = 120_000;

function checkPdf(bytes: Uint8Array, expected: { pages?: number; landscape?: boolean } = {}) {
  return withPdf(bytes, (file, dir) => {
    const info = pdfInfo(file);
    const [short, long] = [595.28, 841.89];
    expect([info.width, info.height]).toEqual(expected.landscape ? [long, short] : [short, long]);
    if (expected.pages !== undefined) expect(info.pages).toBe(expected.pages);
    const fonts = pdfFontsOf(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.type).not.toMatch(/Type 3/);
    }
    // Ink in the upper half of page 1, where every document starts with text.
    expect(inkShare(file, dir, 1, 0.05, 0.5)).toBeGreaterThan(0.003);
    return { info, text: pdfText(file) };
  });
}

async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

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
