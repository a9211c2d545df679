// 交渉記録 as a PDF, read back with poppler's pdftotext the way a person would read it.
import { describe, expect, it } from 'vitest';
import { SLOW } from '../document-checks.fixture.js';
import { demoInput } from '../documents.fixture.js';
import { pdfText, withPdf } from '../pdf-checks.fixture.js';
import { renderDocument } from '../render-document.js';

describe('交渉記録', () => {
  it(
    'gives the 提示した側 column the width of its longest label: 債権者から on one line',
    async () => {
      // The demo's さくらカード offer came from the creditor.
      const { bytes } = await renderDocument('negotiation-report', demoInput({ creditor: 2 }), 'pdf');
      const text = withPdf(bytes, (file) => pdfText(file));
      // Too narrow, the column shows 債権者か on one line and ら on the next (pdftotext -layout keeps the lines).
      expect(text).toContain('債権者から');
      // The date beside it whole, on the offer's row.
      expect(text).toMatch(/令和\d+年\d+月\d+日\s+債権者から/);
      expect(text).toContain('提示した側');
    },
    SLOW,
  );
});
