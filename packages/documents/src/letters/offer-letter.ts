// 和解提案書: the office's (or the debtor's) settlement offer to one creditor, after the recalculation
// — the debt (the position's settlement base: never above what the creditor claims), installments,
// first and last payment, bonus additions, future interest waived, accrued interest and late
// charges, the transfer fee, a reply-by date — with the household budget attached as the reason for
// the amount (docs/documents.md "和解提案書"). One set of terms: the accepted offer, else our latest
// recorded offer, else this creditor's line of the plan; never the debtor's whole monthly surplus.
// Refused for a debt that may be time-barred without the user's confirmation (民法152条1項).
import {
  acceptedOffer,
  budgetBasis,
  type DebtPosition,
  type OfferInput,
  paymentAmounts,
  paymentSchedule,
  scheduleTermsOf,
  summarizeBudget,
} from '@wakai/core';
import { formatYenWithUnit as yen } from '@wakai/core/engine';
import { type CaseFigures, creditorKey, documentFigures } from '../case-figures.js';
import { DocumentUnavailableError } from '../document-errors.js';
import type { DocumentInput, Letterhead } from '../document-input.js';
import type { Block, Cell, DocumentModel, TableBlock } from '../document-model.js';
import { warekiDate, warekiMonth } from '../japanese-dates.js';
import { MissingFields } from '../missing-data.js';
import { positionAt, refuseOverScrivenerLimit, refuseTimeBarred, scrivenerInterestNote } from '../position-guards.js';
import { budgetTable } from '../sheets/household-budget.js';
import { oneCreditor } from './creditor-selection.js';
import { addressee, dateLine, debtorContact, debtorSender, officeLetterhead, officeSender } from './letter-parts.js';

const TITLE = '和解提案書';

/** What the letter proposes: the payments in order, and the words for the terms. */
interface Proposal {
  amount: number;
  /** The 経過利息 the amount includes (0: none). */
  accruedInterest: number;
  /** '約定の支払日' for dated payments (an offer), '支払月' for the plan's months. */
  dueHeader: string;
  /** `fallsDue`: the day a dated payment falls due once moved off a bank holiday (民法142条). */
  payments: { label: string; fallsDue?: string; amount: number }[];
  installments: number;
  monthly: number;
  period: string;
  futureInterest: string;
  accrued: string;
  bonus: string | null;
  lumpSum: number;
}

/** The accepted offer, else our latest recorded one (a creditor's own open offer is answered, not re-sent). */
function termsOffer(offers: readonly { offer: OfferInput }[]): OfferInput | undefined {
  const all = offers.map((o) => o.offer);
  return acceptedOffer(all) ?? [...all].reverse().find((o) => o.from === 'debtor' && o.status !== 'rejected');
}

/** What the amount holds, in words: principal and interest apart, never 「元金のみ」 for an amount with interest. */
function amountWords(amount: number, accruedInterest: number, position: DebtPosition): string {
  if (accruedInterest > 0) return `${yen(amount)}(うち経過利息 ${yen(accruedInterest)})`;
  const { principal, recalculated, settlementBase, claimed } = position;
  if (amount === settlementBase && recalculated !== null && settlementBase === recalculated && principal !== null) {
    const interest = recalculated - principal;
    return interest > 0 ? `${yen(amount)}(元金 ${yen(principal)}、未払利息 ${yen(interest)})` : `${yen(amount)}(元金)`;
  }
  if (amount === settlementBase && claimed !== null && settlementBase === claimed) return `${yen(amount)}(貴社ご請求の残高)`;
  return yen(amount);
}

function fromOffer(offer: OfferInput, missing: MissingFields, index: number): Proposal {
  const terms = scheduleTermsOf(offer, null);
  if (!offer.firstPaymentDate) missing.add(`creditors[${index}].negotiation.offers.firstPaymentDate`, '和解案の初回の返済日');
  const schedule = paymentSchedule(terms);
  const payments = schedule.map((p) => ({ label: warekiDate(p.dueDate), fallsDue: warekiDate(p.fallsDueOn), amount: p.amount }));
  const amounts = paymentAmounts(terms);
  const first = schedule[0]?.dueDate;
  const last = schedule.at(-1)?.dueDate;
  return {
    amount: offer.amount,
    accruedInterest: offer.accruedInterest,
    dueHeader: '約定の支払日',
    payments,
    installments: amounts.filter((p) => !p.lumpSum).length,
    monthly: offer.monthly,
    period: first && last ? `${warekiDate(first)}から${warekiDate(last)}まで、毎月${Number(first.slice(8, 10))}日限り` : '',
    futureInterest: offer.futureInterestRate === '0' ? 'なし(免除をお願いします)' : `年${offer.futureInterestRate}%`,
    accrued:
      offer.accruedInterest > 0
        ? `和解金額に経過利息 ${yen(offer.accruedInterest)} を含みます。遅延損害金はなし`
        : 'なし(経過利息・遅延損害金の免除をお願いします)',
    bonus: null,
    lumpSum: offer.lumpSum,
  };
}

function fromPlan(
  figures: CaseFigures,
  position: DebtPosition,
  index: number,
  paymentDay: number | undefined,
  missing: MissingFields,
): Proposal {
  const plan = figures.diagnosis.plan.creditors.find((c) => c.key === creditorKey(index));
  if (!plan || plan.payments.length === 0)
    throw new DocumentUnavailableError(TITLE, position.plan.reason ?? 'この債権者には返済する債務がありません(計画に含まれていません)');
  if (paymentDay === undefined) missing.add('options.paymentDay', '毎月の支払日');
  const first = plan.payments[0]?.month ?? '';
  const last = plan.payments.at(-1)?.month ?? '';
  const bonusMonths = [...new Set(plan.payments.filter((p) => p.bonus).map((p) => Number(p.month.slice(5, 7))))];
  const day = paymentDay === 31 ? '末' : String(paymentDay ?? '');
  // The plan adds 経過利息 to the settlement base only where its settings ask for it.
  const accrued = Math.max(0, plan.debt - position.settlementBase);
  return {
    amount: plan.debt,
    accruedInterest: accrued,
    dueHeader: '支払月',
    payments: plan.payments.map((p) => ({ label: warekiMonth(p.month), amount: p.amount })),
    installments: plan.installments,
    monthly: plan.monthly,
    period: `${warekiMonth(first)}から${warekiMonth(last)}まで、毎月${day}日限り`,
    futureInterest: plan.interest > 0 ? `将来利息 ${yen(plan.interest)} を含む分割額` : 'なし(免除をお願いします)',
    accrued:
      accrued > 0 ? `和解金額に経過利息 ${yen(accrued)} を含みます。遅延損害金はなし` : 'なし(経過利息・遅延損害金の免除をお願いします)',
    bonus: bonusMonths.length > 0 ? `賞与月(${bonusMonths.map((m) => `${m}月`).join('・')})に加算してお支払いします` : null,
    lumpSum: 0,
  };
}

/** The debt as the position holds it: the settlement base, with what it is made of. */
function debtWords(position: DebtPosition): string {
  const { settlementBase, recalculated, claimed, principal } = position;
  if (recalculated !== null && settlementBase === Math.max(0, recalculated) && (claimed === null || recalculated < claimed)) {
    const interest = principal === null ? 0 : recalculated - principal;
    return `${yen(settlementBase)}(利息制限法による引き直し計算後の${interest > 0 ? `元金 ${yen(principal ?? 0)} 及び未払利息 ${yen(interest)}` : '元金'})`;
  }
  return `${yen(settlementBase)}(貴社ご請求の残高)`;
}

function scheduleTable(proposal: Proposal): TableBlock {
  // Dated payments show the agreed day and the day it falls due (休日は翌営業日).
  const dated = proposal.payments.some((p) => p.fallsDue !== undefined);
  return {
    type: 'table',
    caption: 'お支払の予定',
    columns: [
      { header: '回', kind: 'count', width: 0.5 },
      { header: proposal.dueHeader, kind: 'text', width: 1.6 },
      ...(dated ? [{ header: '支払期日(休日は翌営業日)', kind: 'text' as const, width: 1.6 }] : []),
      { header: '金額(円)', kind: 'yen' },
    ],
    rows: proposal.payments.map((p, i): Cell[] => [i + 1, p.label, ...(dated ? [p.fallsDue ?? ''] : []), p.amount]),
  };
}

function sender(letterhead: Letterhead | null, input: DocumentInput, missing: MissingFields): Block {
  if (letterhead?.kind === 'debtor') return debtorSender(input.case, debtorContact(letterhead, input.debtor, missing));
  const office = officeLetterhead(letterhead, missing);
  return office ? officeSender(office, input.case.debtor.name) : { type: 'space' };
}

export function offerLetter(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const { creditor, index } = oneCreditor(content, TITLE, options.creditor);
  const missing = new MissingFields(TITLE);
  const to = addressee(creditor, index, missing);
  const from = sender(input.letterhead, input, missing);
  const figures = documentFigures(input);
  const position = positionAt(figures.positions, index, TITLE);
  refuseOverScrivenerLimit(TITLE, position);
  refuseTimeBarred(TITLE, position, options.confirmTimeBarred);
  const offer = termsOffer(creditor.negotiation.offers);
  const proposal = offer ? fromOffer(offer, missing, index) : fromPlan(figures, position, index, options.paymentDay, missing);
  const replyBy = offer?.validUntil ?? options.replyBy;
  if (!replyBy) missing.add('options.replyBy', '回答期限');
  missing.check();
  const scrivenerNote = scrivenerInterestNote(position);
  // The month the plan's amounts were read from: the monthly plan, else the latest recorded month.
  const basis = budgetBasis(content.budget);
  const budget = summarizeBudget(basis.month);
  const payer = options.transferFeePayer ?? 'debtor';
  const letter: Block[] = [
    dateLine(today),
    to,
    from,
    { type: 'title', text: TITLE },
    {
      type: 'paragraph',
      indent: true,
      text: `債務者 ${content.debtor.name} の貴社に対する債務について、下記のとおり和解を提案いたします。ご検討のうえ、${warekiDate(replyBy as string)}までにご回答くださいますようお願いいたします。`,
    },
    { type: 'paragraph', text: '記', align: 'center' },
    {
      type: 'fields',
      rows: [
        ['債務額', debtWords(position)],
        ['和解金額', amountWords(proposal.amount, proposal.accruedInterest, position)],
        ...(proposal.lumpSum > 0 ? [['頭金', `${yen(proposal.lumpSum)}(初回にお支払いします)`] as [string, string]] : []),
        [
          '支払方法',
          `${proposal.installments}回の分割払い(毎月 ${yen(proposal.monthly)}${proposal.payments[0] && proposal.payments[0].amount !== proposal.monthly ? `、初回 ${yen(proposal.payments[0].amount)}` : ''}${proposal.payments.at(-1) && proposal.payments.at(-1)?.amount !== proposal.monthly ? `、最終回 ${yen(proposal.payments.at(-1)?.amount ?? 0)}` : ''})`,
        ],
        ['支払期間', proposal.period],
        ...(proposal.bonus ? [['賞与時の加算', proposal.bonus] as [string, string]] : []),
        ['将来利息', proposal.futureInterest],
        ['経過利息・遅延損害金', proposal.accrued],
        ['振込先・手数料', `貴社の指定する口座へ振り込みます(振込手数料は${payer === 'debtor' ? '当方' : '貴社'}の負担)`],
        ['回答期限', warekiDate(replyBy as string)],
      ],
    },
    {
      type: 'paragraph',
      indent: true,
      text: `貴社へのお支払いは毎月 ${yen(proposal.monthly)} です。債務者の家計の状況(別紙のとおり)から、各債権者の債務額に応じてお支払いできる額としてご提案するものです。`,
    },
    scheduleTable(proposal),
    { type: 'paragraph', text: '以上', align: 'right' },
  ];
  const attachment: Block[] = [
    { type: 'title', text: '別紙 家計の状況(毎月の収支)' },
    {
      type: 'fields',
      rows: [
        ['債務者', content.debtor.name],
        ...(basis.recordedMonth ? [['収支の月', basis.label] as [string, string]] : []),
        ['収入(繰越・借入を除く)', yen(budget.income)],
        ['生活費(返済・繰越を除く)', yen(budget.livingCosts)],
      ],
    },
    budgetTable(basis.month),
  ];
  return {
    title: TITLE,
    fileName: `和解提案書_${content.debtor.name}_${creditor.name}`,
    style: 'letter',
    sections: [{ name: TITLE, blocks: letter }, { name: '家計の状況', blocks: attachment }, ...scrivenerNote],
  };
}
