// What the fee check compares, said in words beside the table: which quotes (never the sample row),
// on which case figures, and — where only one office has quoted — a request for a second written
// quote (the source guides: fees differ by office and region, compare several written quotes).
import type { FeeCase } from './fee-quote.js';

export interface QuoteComparison {
  /** One sentence naming the quotes and the case figures they are applied to. */
  compared: string;
  /** Asked when fewer than two real quotes are entered; null once two or more are. */
  secondQuote: string | null;
  source: string;
}

const professionNames = { lawyer: '弁護士', scrivener: '司法書士' } as const;

export const quoteComparisonSource =
  '日弁連「債務整理事件処理の規律を定める規程」・日司連の指針(費用の説明と書面での契約); 見積もりは事務所・地域で差があるため複数の書面で比べるのが実務の助言';

/** `quotes`: the real quotes only (a sample row is not a quote). */
export function quoteComparison(
  quotes: readonly { office: string; profession: 'lawyer' | 'scrivener' }[],
  feeCase: Pick<FeeCase, 'creditors'>,
): QuoteComparison {
  const names = quotes.map((q) => `${q.office || '名前のない事務所'}(${professionNames[q.profession]})`).join('・');
  const compared =
    quotes.length === 0
      ? 'まだ見積もりが入力されていません。事務所から受け取った書面の見積もりを入力すると、この案件に当てはめた総額を比べます。'
      : `比べているのは、入力された書面の見積もり${quotes.length}件(${names})を、この案件の債権者${feeCase.creditors}社・減額分・過払金に当てはめた総額(税込・実費込み)です。`;
  const secondQuote =
    quotes.length >= 2
      ? null
      : quotes.length === 1
        ? '見積もりが1件だけです。費用は事務所や地域によって差があります。契約する前に、別の事務所からも書面で見積もりを受け取り、総額・費用の分割払いの可否・報酬の計算方法を比べてください。'
        : '契約する前に、2つ以上の事務所から書面で見積もりを受け取り、総額・費用の分割払いの可否・報酬の計算方法を比べてください。';
  return { compared, secondQuote, source: quoteComparisonSource };
}
