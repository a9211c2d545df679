// What every document test checks a file with, and the demo case's choices per document kind: a PDF
// as a reader sees it (A4, embedded subset fonts with Unicode maps, no Type 3, ink), a .docx unzipped
// (A4, the East Asian font, repeated header rows), an .xlsx read back with exceljs.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { DocumentKind } from './document-kinds.js';
import { docxParts, inkShare, pdfFontsOf, pdfInfo, pdfText, withPdf } from './pdf-checks.fixture.js';

// PDF rendering is slow on a busy 2-core machine: generous limits, no timing assertions.
export const SLOW = 120_000;

/** The creditor each per-creditor document is made for in the demo case. */
export const demoCreditor: Record<DocumentKind, number | undefined> = {
  'engagement-notice': undefined,
  'history-request': 0,
  'recalc-statement': 0,
  'offer-letter': 1,
  'settlement-agreement': 2,
  'overpayment-claim': 0,
  'limitation-notice': 3,
  'performance-demand': 2,
  'creditor-list': undefined,
  'household-budget': undefined,
  'asset-list': undefined,
  'negotiation-report': undefined,
  'preparation-sheet': 1,
};

export const demoOptions = (kind: DocumentKind) => ({
  creditor: demoCreditor[kind],
  payeeAccount: 'さくら銀行 梅田支店 普通 1234567',
  paymentDay: 27,
});

export function checkPdf(bytes: Uint8Array, expected: { pages?: number; landscape?: boolean } = {}) {
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

export async function checkDocx(bytes: Uint8Array, expected: { table: boolean }) {
  const parts = docxParts(bytes);
  const document = parts['word/document.xml'] ?? '';
  expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(document).toMatch(/w:eastAsia="ＭＳ (明朝|ゴシック)"/);
  if (expected.table) expect(document).toContain('<w:tblHeader/>');
  return document.replace(/<[^>]+>/g, '');
}

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}
