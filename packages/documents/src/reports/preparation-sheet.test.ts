// 交渉の準備シート as a PDF, read back with poppler's pdftotext the way a person would read it.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../build-document.js';
import { DocumentUnavailableError } from '../document-errors.js';
import { demoInput } from '../documents.fixture.js';
import { pdfText, withPdf } from '../pdf-checks.fixture.js';
import { renderDocument } from '../render-document.js';

describe('交渉の準備シート', () => {
  it('prints the opening offer, the ladder and the phone script of one creditor', async () => {
    const input = demoInput({ creditor: 1 });
    const model = buildDocument('preparation-sheet', input);
    const { bytes } = await renderDocument('preparation-sheet', input, 'pdf');
    const flat = withPdf(bytes, (file) => pdfText(file)).replace(/\s+/g, '');
    const opening = model.sections[0]?.blocks.find((b) => b.type === 'paragraph') as { text: string } | undefined;
    // The opening offer as the core computed it, and the fixed parts of the sheet, read back from the PDF.
    // A claim whose make-up is unknown is not called 元金のみ (issue 17 item 2).
    expect(opening?.text).toContain('元金・利息の内訳は確認が必要');
    expect(opening?.text).not.toContain('元金のみ');
    expect(flat).toContain(opening?.text.replace(/\s+/g, ''));
    for (const heading of ['最初の提案', '断られたときの譲歩の段階', '電話の台本:言うこと', '言わない・しないこと', '書き留めること'])
      expect(flat).toContain(heading);
    expect(flat).toContain('60回に延ばして');
  }, 120_000);

  it('is made for one creditor only', () => {
    expect(() => buildDocument('preparation-sheet', demoInput({}))).toThrow(DocumentUnavailableError);
  });
});
