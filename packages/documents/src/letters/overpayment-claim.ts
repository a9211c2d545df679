// 過払金返還請求書: the position's overpayment (過払元本 + 過払利息 under 民法704条) to a stated date —
// the same figure as the creditor list and the 財産目録 on that day, a time-barred part named and
// not claimed (最判H21.1.22) —, the amount claimed, the account to pay into, a deadline, and that a
// lawsuit follows otherwise. The 計算書 goes as a separate document (docs/documents.md "過払金返還請求書").
import { addDays, formatYenWithUnit as yen } from '@wakai/core/engine';
import { documentPositions } from '../case-figures.js';
import { DocumentUnavailableError } from '../document-errors.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, DocumentModel } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import { MissingFields } from '../missing-data.js';
import { positionAt, refuseOverScrivenerLimit, scrivenerInterestNote } from '../position-guards.js';
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
  // The position on the 計算書's date (the one asked for, else the contract's own), else the letter's.
  const asOf = options.asOf ?? contract.recalcOptions.asOf ?? today;
  const position = positionAt(documentPositions({ ...input, today: asOf }), index, TITLE);
  refuseOverScrivenerLimit(TITLE, position);
  const overpayment = position.contracts[contractIndex]?.overpayment;
  const debtName = `「${creditor.name}」の${contract.label || '契約'}`;
  if (!overpayment || overpayment.amount === 0)
    throw new DocumentUnavailableError(TITLE, `${debtName}の引き直し計算では過払金が生じていません`);
  if (overpayment.recoverable === 0)
    throw new DocumentUnavailableError(
      TITLE,
      `${debtName}の過払金(${yen(overpayment.amount)})は、取引の終了から10年を過ぎ、時効で請求できない可能性があります(最判平成21年1月22日)`,
    );
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
  const interest = overpayment.amount - overpayment.principal;
  const claimed = overpayment.recoverable;
  const on = warekiDate(overpayment.asOf);
  const scrivenerNote = scrivenerInterestNote(position);
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
      text: `${content.debtor.name}と貴社との間の金銭消費貸借取引(${contract.label || '契約'}、${period})について、利息制限法所定の制限利率により引き直し計算をしたところ、${on}現在、過払金${yen(overpayment.principal)}及びこれに対する民法704条所定の利息${yen(interest)}、合計${yen(overpayment.amount)}が生じています。${overpayment.barred > 0 ? `このうち、取引の終了から10年を経過した部分${yen(overpayment.barred)}を除いた${yen(claimed)}を請求します。` : ''}`,
    },
    {
      type: 'paragraph',
      indent: true,
      text: `つきましては、${overpayment.barred > 0 ? '上記' : '上記合計'}${yen(claimed)}を、${warekiDate(payBy)}までに下記の口座へお支払いください。期限までにお支払いいただけない場合は、やむを得ず、過払金返還請求訴訟を提起いたします。`,
    },
    { type: 'paragraph', indent: true, text: '計算の内容は、別にお送りする引き直し計算書のとおりです。' },
    { type: 'paragraph', text: '記', align: 'center' },
    {
      type: 'fields',
      rows: [
        ['過払金(過払元金)', yen(overpayment.principal)],
        ['過払利息(民法704条)', `${yen(interest)}(${on}まで)`],
        ...(overpayment.barred > 0 ? [['うち時効期間を経過した部分(請求に含めません)', yen(overpayment.barred)] as [string, string]] : []),
        ['請求額', yen(claimed)],
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
    sections: [{ name: TITLE, blocks }, ...scrivenerNote],
  };
}
