// 和解内容の履行請求書 (issue 22 part 1): the demand for a breach of the agreement, on the 内容証明
// grid (内国郵便約款: 26字×20行), read back from the PDF with poppler-utils as a reader would.
import { breachSchema } from '@wakai/core';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './build-document.js';
import { checkDocx, checkPdf, SLOW } from './document-checks.fixture.js';
import { DocumentUnavailableError } from './document-errors.js';
import { completedDemoCase, demoInput } from './documents.fixture.js';
import { renderDocument } from './render-document.js';

function withBreach(parts: Record<string, unknown>) {
  const content = completedDemoCase();
  const creditor = content.creditors[0];
  if (creditor)
    creditor.negotiation.breaches = [
      breachSchema.parse({
        kind: 'overpayment-unpaid',
        occurredOn: '2026-11-10',
        agreed: '過払金80万円を令和8年10月31日までに支払う',
        happened: '30万円だけ支払われ、残りの支払がない',
        agreedAmount: 800_000,
        actualAmount: 300_000,
        demandDeadline: '2026-12-07',
        ...parts,
      }),
    ];
  return { ...demoInput({ creditor: 0 }), case: content };
}

describe('和解内容の履行請求書', () => {
  it(
    'states what was agreed, what happened, the deadline and what follows; fits two 内容証明 sheets',
    async () => {
      const { bytes } = await renderDocument('performance-demand', withBreach({}), 'pdf');
      const { text } = checkPdf(bytes, { pages: 2 });
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain('和解内容の履行請求書');
      expect(flat).toContain('合意した金額800,000円');
      expect(flat).toContain('支払済みの額300,000円');
      // The deadline recorded with the breach, in 和暦.
      expect(flat).toContain('令和8年12月7日までに');
      expect(flat).toContain('支払を求める訴えの提起');
      expect(flat).toContain('ひまわりファイナンス(架空)御中');
      expect(flat).toContain('上記代理人弁護士山田太郎');
      const docx = await renderDocument('performance-demand', withBreach({}), 'docx');
      expect(await checkDocx(docx.bytes, { table: false })).toContain('和解内容の履行請求書');
    },
    SLOW,
  );

  it('asks for the signed agreement back where that is the breach', () => {
    const model = buildDocument(
      'performance-demand',
      withBreach({ kind: 'agreement-not-returned', agreedAmount: null, actualAmount: null }),
    );
    const text = JSON.stringify(model);
    expect(text).toContain('和解書を、下記の期限までにご返送ください');
    expect(text).not.toContain('合意した金額');
  });

  it('is refused where no open breach is recorded', () => {
    expect(() => buildDocument('performance-demand', withBreach({ resolvedOn: '2026-11-20' }))).toThrow(DocumentUnavailableError);
    expect(() => buildDocument('performance-demand', demoInput({ creditor: 0 }))).toThrow('未解決の不履行の記録がありません');
  });
});
