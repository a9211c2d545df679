// Every document rendered for the demo case and for a case with 30 creditors, and checked the way
// a person would: poppler-utils read the PDFs (A4, fonts embedded as subsets with Unicode maps and
// no Type 3, the exact figures in the text, ink where the text is), the .docx is unzipped, the
// .xlsx read back with exceljs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './build-document.js';
import { type DocumentFormat, type DocumentKind, documentCatalog, documentKinds } from './document-kinds.js';
import { demoInput, manyCreditorsCase, manyCreditorsChoice, office, particulars, TODAY } from './documents.fixture.js';
import { docxParts, inkShare, pdfFontsOf, pdfInfo, pdfText, withPdf } from './pdf-checks.fixture.js';
import { renderDocument, safeFileName, UnsupportedFormatError } from './render-document.js';

// PDF rendering is slow on a busy 2-core machine: generous limits, no timing assertions.
const SLOW = 120_000;

/** The creditor each per-creditor document is made for in the demo case. */
const demoCreditor: Record<DocumentKind, number | undefined> = {
  'engagement-notice': undefined,
  'history-request': 0,
  'recalc-statement': 0,
  'offer-letter': 1,
  'settlement-agreement': 2,
  'overpayment-claim': 0,
  'limitation-notice': 0,
  'creditor-list': undefined,
  'household-budget': undefined,
  'asset-list': undefined,
  'negotiation-report': undefined,
  'preparation-sheet': 1,
};

const demoOptions = (kind: DocumentKind) => ({
  creditor: demoCreditor[kind],
  payeeAccount: 'さくら銀行 梅田支店 普通 1234567',
  paymentDay: 27,
});

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

async function checkDocx(bytes: Uint8Array, expected: { table: boolean }) {
  const parts = docxParts(bytes);
  const document = parts['word/document.xml'] ?? '';
  expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(document).toMatch(/w:eastAsia="ＭＳ (明朝|ゴシック)"/);
  if (expected.table) expect(document).toContain('<w:tblHeader/>');
  return document.replace(/<[^>]+>/g, '');
}

async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('every document of the demo case, in every format', () => {
  for (const kind of documentKinds) {
    for (const format of documentCatalog[kind].formats) {
      it(
        `${kind}.${format}`,
        async () => {
          const rendered = await renderDocument(kind, demoInput(demoOptions(kind)), format as DocumentFormat);
          expect(rendered.fileName.endsWith(`.${format}`)).toBe(true);
          const model = buildDocument(kind, demoInput(demoOptions(kind)));
          const landscape = model.sections[0]?.landscape ?? false;
          if (format === 'pdf') checkPdf(rendered.bytes, { landscape });
          if (format === 'docx')
            await checkDocx(rendered.bytes, { table: model.sections.some((s) => s.blocks.some((b) => b.type === 'table')) });
          if (format === 'xlsx') expect((await readXlsx(rendered.bytes)).worksheets.length).toBe(model.sections.length);
        },
        SLOW,
      );
    }
  }
});

describe('every document of a case with 30 creditors', () => {
  const input = (kind: DocumentKind) => ({
    case: manyCreditorsCase(30),
    letterhead: office,
    today: TODAY,
    debtor: particulars,
    options: {
      creditor: (manyCreditorsChoice as Partial<Record<DocumentKind, number>>)[kind],
      payeeAccount: '架空銀行 本店 普通 7654321',
      paymentDay: 27,
      replyBy: '2026-12-10',
    },
  });
  for (const kind of documentKinds) {
    it(
      `${kind}.pdf`,
      async () => {
        const { bytes } = await renderDocument(kind, input(kind), 'pdf');
        const model = buildDocument(kind, input(kind));
        const { text } = checkPdf(bytes, { landscape: model.sections[0]?.landscape ?? false });
        expect(text.length).toBeGreaterThan(100);
      },
      SLOW,
    );
  }
});

describe('renderDocument', () => {
  it('refuses a format the kind does not come in', async () => {
    await expect(renderDocument('engagement-notice', demoInput(), 'xlsx')).rejects.toThrow(UnsupportedFormatError);
  });

  it('keeps Japanese in file names and drops path separators and control characters', () => {
    expect(safeFileName('受任通知_A/B社\u0007:x')).toBe('受任通知_A_B社__x');
  });
});
