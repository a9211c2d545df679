import { describe, expect, it } from 'vitest';
import { buildDocument } from './build-document.js';
import { checkDocx, checkPdf, demoOptions, readXlsx, SLOW } from './document-checks.fixture.js';
import { type DocumentFormat, type DocumentKind, documentCatalog, documentKinds } from './document-kinds.js';
import { demoInput, manyCreditorsCase, manyCreditorsChoice, office, particulars, TODAY } from './documents.fixture.js';
import { renderDocument, safeFileName, UnsupportedFormatError } from './render-document.js';

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
