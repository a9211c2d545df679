// Part 7 of issue 22: the fee check says what it compares and asks for a second written quote
// (guide 000 4-3: fees differ by office and region; compare several offices' written quotes —
// docs/law/practice.md "The source articles' figures").
import { describe, expect, it } from 'vitest';
import { quoteComparison } from './quote-comparison.js';

describe('what the fee check compares', () => {
  it('names each quote and the case figures it is applied to', () => {
    const result = quoteComparison(
      [
        { office: 'A法律事務所', profession: 'lawyer' },
        { office: 'B司法書士事務所', profession: 'scrivener' },
      ],
      { creditors: 3 },
    );
    expect(result.compared).toBe(
      '比べているのは、入力された書面の見積もり2件(A法律事務所(弁護士)・B司法書士事務所(司法書士))を、この案件の債権者3社・減額分・過払金に当てはめた総額(税込・実費込み)です。',
    );
    expect(result.secondQuote).toBeNull();
  });

  it('asks for a second written quote where one quote is the only one', () => {
    const result = quoteComparison([{ office: 'A法律事務所', profession: 'lawyer' }], { creditors: 5 });
    expect(result.compared).toContain('見積もり1件(A法律事務所(弁護士))');
    expect(result.secondQuote).toContain('別の事務所からも書面で見積もり');
    expect(result.source).toContain('日弁連');
  });

  it('with no quote yet (only the sample row), says nothing is compared and asks for two', () => {
    const result = quoteComparison([], { creditors: 5 });
    expect(result.compared).toContain('まだ見積もりが入力されていません');
    expect(result.secondQuote).toContain('2つ以上の事務所');
  });
});
