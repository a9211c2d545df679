// 過払金返還請求書: the recalculation's result (過払元本 + 過払利息 under 民法704条) to a stated date,
// the amount claimed, the account to pay into, a deadline, and that a lawsuit follows otherwise.
// The 計算書 goes as a separate document (docs/documents.md "過払金返還請求書").
import { addDays, formatYenWithUnit as yen } from '@wakai/core/engine';
import { contractRecalc } from '../case-figures.js';
import { DocumentUnavailableError } from '../document-errors.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, DocumentModel } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import { MissingFields } from '../missing-data.js';
import { oneCreditor } from './creditor-selection.js';
import { addressee, dateLine, debtorContact, debtorSender, officeLetterhead, officeSender } from './letter-parts.js';

const TITLE = '過払金返還請求書';
/** Default deadline: two weeks from the letter's date (docs/documents.md: one to two weeks from arrival). */
const DEFAULT_DAYS_TO_PAY = 14;

export function overpaymentClaim(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const { creditor, index } = oneCreditor(content, TITLE, options.creditor);
  const contractIndex = options.contract ?? 0;
  const contract = creditor.contracts[contractIndex];
  if (!contract) throw new DocumentUnavailableError(TITLE, `「${creditor.name}」の契約(${contractIndex + 1}番目)が見つかりません`);
  const result = contractRecalc(contract, today, options.asOf);
  if (!result || result.summary.claim === 0)
    throw new DocumentUnavailableError(TITLE, `「${creditor.name}」の${contract.label || '契約'}の引き直し計算では過払金が生じていません`);
  const missing = new MissingFields(TITLE);
  const to = addressee(creditor, index, missing);
  const payee = missing.need(options.payeeAccount, 'options.payeeAccount', '過払金の振込先口座');
  let from: Block = { type: 'space' };
  if (input.letterhead?.kind === 'debtor') from = debtorSender(content, debtorContact(input.letterhead, input.debtor, missing));
  else {
    const office = officeLetterhead(input.letterhead, missing);
    if (office) from = officeSender(office, content.debtor.name);
  }
  missing.check();
  const { summary } = result;
  const payBy = options.payBy ?? addDays(today, DEFAULT_DAYS_TO_PAY);
  const transactions = contract.transactions;
  const period = `${warekiDate(transactions[0]?.date ?? '')}から${warekiDate(transactions.at(-1)?.date ?? '')}まで`;
  const blocks: Block[] = [
    dateLine(today),
    to,
    from,
    { type: 'title', text: TITLE },
    {
      type: 'paragraph',
      indent: true,
      text: `${content.debtor.name}と貴社との間の金銭消費貸借取引(${contract.label || '契約'}、${period})について、利息制限法所定の制限利率により引き直し計算をしたところ、${warekiDate(summary.asOf)}現在、過払金${yen(summary.overpayment)}及びこれに対する民法704条所定の利息${yen(summary.overpaymentInterest)}、合計${yen(summary.claim)}が生じています。`,
    },
    {
      type: 'paragraph',
      indent: true,
      text: `つきましては、上記合計${yen(summary.claim)}を、${warekiDate(payBy)}までに下記の口座へお支払いください。期限までにお支払いいただけない場合は、やむを得ず、過払金返還請求訴訟を提起いたします。`,
    },
    { type: 'paragraph', indent: true, text: '計算の内容は、別にお送りする引き直し計算書のとおりです。' },
    { type: 'paragraph', text: '記', align: 'center' },
    {
      type: 'fields',
      rows: [
        ['過払金(過払元金)', yen(summary.overpayment)],
        ['過払利息(民法704条)', `${yen(summary.overpaymentInterest)}(${warekiDate(summary.asOf)}まで)`],
        ['請求額', yen(summary.claim)],
        ['支払期限', warekiDate(payBy)],
        ['振込先口座', payee],
      ],
    },
    { type: 'paragraph', text: '以上', align: 'right' },
  ];
  return {
    title: TITLE,
    fileName: `過払金返還請求書_${content.debtor.name}_${creditor.name}`,
    style: 'letter',
    sections: [{ name: TITLE, blocks }],
  };
}
