// 和解契約書(案): the draft agreement from the accepted offer, with the clauses of docs/law/practice.md —
// acceleration worded "支払を2回以上怠り、かつ、その額が金○円に達したとき", a late charge within the
// 利息制限法 cap (4条・7条), waiver of the rest on full payment, 清算条項, costs borne by each — and a
// cover sheet with the findings of the core's agreement checklist: the negotiation page's own check of
// the recorded agreement where one is recorded, else the draft's, plus what card shopping credit
// must flag (shopping-findings.ts). Refused for a debt that may be time-barred without the user's
// confirmation (its 「認める」 acknowledges the debt, 民法152条1項), and over a scrivener's 140万
// (docs/documents.md "和解契約書").
import {
  type AccelerationClause,
  type AgreementTerms,
  acceptedOffer,
  agreementChecklist,
  type ChecklistStatus,
  lateChargeCap,
  type OfferInput,
  offerContextFor,
  paymentAmounts,
  paymentSchedule,
  scheduleTermsOf,
} from '@wakai/core';
import { formatRatePercent, legalRateOn, percent, formatYenWithUnit as yen } from '@wakai/core/engine';
import { creditorNegotiationView, documentFigures } from '../case-figures.js';
import { DocumentUnavailableError } from '../document-errors.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, DocumentModel } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import { MissingFields } from '../missing-data.js';
import { positionAt, refuseOverScrivenerLimit, refuseTimeBarred } from '../position-guards.js';
import { oneCreditor } from './creditor-selection.js';
import { agentName } from './letter-parts.js';
import { shoppingFindings } from './shopping-findings.js';

const TITLE = '和解契約書(案)';

const statusLabels: Record<ChecklistStatus, string> = {
  ok: '問題なし',
  info: '参考',
  warn: '要確認',
  missing: '記載なし',
  mismatch: '不一致',
};

/**
 * The acceleration clause the draft writes: the recorded one, else the offer's, else the common
 * practice (docs/law/practice.md): two missed installments amounting to two installments' worth.
 */
function accelerationOf(offer: OfferInput, recorded: AgreementTerms | null): AccelerationClause {
  if (recorded && (recorded.acceleration.misses !== null || recorded.acceleration.amount !== null)) return recorded.acceleration;
  if (offer.acceleration.misses !== null || offer.acceleration.amount !== null) return offer.acceleration;
  const regular = paymentAmounts(offer).filter((p) => !p.lumpSum);
  return { misses: 2, amount: (regular[0]?.amount ?? 0) + (regular[1]?.amount ?? 0) };
}

/** "支払を2回以上怠り、かつ、その額が金26,668円に達したとき" (never "2回分": a count and an amount, docs/law/practice.md). */
export function accelerationWords(clause: AccelerationClause): string {
  if (clause.misses !== null && clause.amount !== null)
    return `支払を${clause.misses}回以上怠り、かつ、その額が金${yen(clause.amount)}に達したとき`;
  if (clause.misses !== null) return `支払を${clause.misses}回以上怠ったとき`;
  return `支払を怠り、その額が金${yen(clause.amount ?? 0)}に達したとき`;
}

/** The 休日 clause (民法142条): an installment due on a bank holiday moves to the next (or previous) business day. */
function holidayWords(rule: AgreementTerms['holidayRule']): string {
  return `支払期日が金融機関の休業日にあたるときは、${rule === 'previous-business-day' ? '前営業日' : '翌営業日'}を支払期日とする。`;
}

export function settlementAgreement(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const { creditor, index } = oneCreditor(content, TITLE, options.creditor);
  const offer = acceptedOffer(creditor.negotiation.offers.map((o) => o.offer));
  if (!offer)
    throw new DocumentUnavailableError(TITLE, `「${creditor.name}」に受諾した和解案がありません。和解案を受諾として記録してください`);
  const figures = documentFigures(input);
  const position = positionAt(figures.positions, index, TITLE);
  refuseOverScrivenerLimit(TITLE, position);
  refuseTimeBarred(TITLE, position, options.confirmTimeBarred);
  const recorded = creditor.negotiation.agreement;
  const missing = new MissingFields(TITLE);
  const payee = missing.need(recorded?.payeeAccount || options.payeeAccount, 'options.payeeAccount', '振込先口座(債権者の指定口座)');
  const firstPaymentDate = recorded?.firstPaymentDate ?? offer.firstPaymentDate;
  if (!firstPaymentDate) missing.add(`creditors[${index}].negotiation.offers.firstPaymentDate`, '初回の支払日');
  missing.check();

  const context = offerContextFor(figures.diagnosis, position, today);
  const balance = recorded?.confirmedBalance ?? offer.amount;
  const cap = lateChargeCap(balance, today, context.businessLender);
  const agreedRate = recorded?.lateChargeRate ?? offer.lateChargeRate;
  // Over the cap the excess is void: the draft writes the cap. With none agreed, 民法419条1項: the legal rate.
  const lateChargeRate =
    agreedRate === null
      ? formatRatePercent(legalRateOn(today).rate)
      : percent(agreedRate) > cap.rate
        ? formatRatePercent(cap.rate)
        : agreedRate;
  const terms: AgreementTerms = {
    signedOn: recorded?.signedOn ?? null,
    settlementDate: recorded?.settlementDate ?? today,
    confirmedBalance: balance,
    installments: recorded?.installments ?? offer.installments,
    monthly: recorded?.monthly ?? offer.monthly,
    paymentDay: recorded?.paymentDay ?? Number((firstPaymentDate as string).slice(8, 10)),
    firstPaymentDate,
    payeeAccount: payee,
    // Only what someone entered: the recorded agreement's, else the option given; else no fee clause.
    transferFeePayer:
      recorded && recorded.transferFeePayer !== 'unspecified' ? recorded.transferFeePayer : (options.transferFeePayer ?? 'unspecified'),
    forgiveness: true,
    acceleration: accelerationOf(offer, recorded),
    lateChargeRate,
    futureInterestRate: recorded?.futureInterestRate ?? offer.futureInterestRate,
    settlementClause: true,
    costsEachOwn: true,
    // The draft always says what a holiday does (民法142条; the recorded choice, else the usual 翌営業日).
    holidayRule: recorded?.holidayRule ?? 'next-business-day',
    note: recorded?.note ?? '',
  };
  // The negotiation page's check where an agreement is recorded (the same function on the same record).
  const pageChecklist = recorded ? creditorNegotiationView(content, index, figures, today).checklist : null;
  const checklist = pageChecklist ?? agreementChecklist(offer, terms, context);
  const findings = [...checklist.items, ...shoppingFindings(position)];
  const problems = findings.filter((item) => item.status === 'warn' || item.status === 'missing' || item.status === 'mismatch').length;
  const schedule = paymentSchedule(scheduleTermsOf(offer, terms));
  const first = schedule[0];
  const last = schedule.at(-1);
  const regular = terms.monthly as number;
  const day = terms.paymentDay === 31 ? '末' : String(terms.paymentDay);
  const contracts = creditor.contracts
    .map((k) => [k.contractDate ? `${warekiDate(k.contractDate)}付` : '', k.label || '金銭消費貸借契約'].join(''))
    .join('、');
  const debtorAddress = input.debtor?.address || (input.letterhead?.kind === 'debtor' ? input.letterhead.address : '');
  const office = input.letterhead?.kind === 'office' ? input.letterhead : null;

  const cover: Block[] = [
    { type: 'title', text: '和解契約書(案)確認票' },
    {
      type: 'fields',
      rows: [
        ['債権者', creditor.name],
        ['債務者', content.debtor.name],
        ['作成日', warekiDate(today)],
        ['確認結果', problems === 0 ? '確認が必要な項目はありません' : `確認が必要な項目が${problems}件あります`],
      ],
    },
    {
      type: 'paragraph',
      text: pageChecklist
        ? '交渉記録に登録された和解書の内容を、受諾した和解案と照合した結果です(交渉の画面と同じ確認です)。'
        : '交渉記録に和解書の内容が登録されていないため、この案文を受諾した和解案と照合した結果です。',
    },
    {
      type: 'table',
      columns: [
        { header: '項目', kind: 'text', width: 1.4 },
        { header: '結果', kind: 'text', width: 0.8 },
        { header: '内容', kind: 'text', width: 3.6 },
      ],
      rows: findings.map((item) => [item.label, statusLabels[item.status], item.detail]),
    },
    ...(agreedRate !== null && percent(agreedRate) > cap.rate
      ? [
          {
            type: 'paragraph' as const,
            text: `和解案の遅延損害金 年${agreedRate}% は上限 年${formatRatePercent(cap.rate)}% を超えるため(${cap.source}。超える部分は無効)、案文では上限の率としました。`,
          },
        ]
      : []),
    {
      type: 'paragraph',
      text: '案文は受諾した和解案の条件で作成しています。債権者から和解書の書式が届いた場合は、この確認票の項目と照らし合わせてください。',
    },
  ];

  const schedulePart =
    first && last
      ? `${warekiDate(first.dueDate)}から${warekiDate(last.dueDate)}まで、毎月${day}日限り、金${yen(regular)}ずつ${last.amount !== regular ? `(ただし最終回は金${yen(last.amount)})` : ''}、合計${schedule.length}回に分割して`
      : '';
  const articles: { marker: string; text: string }[] = [
    {
      marker: '第1条(債務の確認)',
      text: `乙は、甲に対し、甲乙間の${contracts}に基づく債務として、${warekiDate(terms.settlementDate as string)}現在、金${yen(balance)}の支払義務があることを認める。`,
    },
    {
      marker: '第2条(分割払)',
      text: `乙は、甲に対し、前条の金員を、${schedulePart}、下記の甲の指定する口座に振り込んで支払う。${terms.transferFeePayer === 'unspecified' ? '' : `振込手数料は${terms.transferFeePayer === 'debtor' ? '乙' : '甲'}の負担とする。`}${holidayWords(terms.holidayRule)}`,
    },
    {
      marker: '第3条(将来利息)',
      text:
        percent(terms.futureInterestRate) === 0
          ? '甲は、乙に対し、第1条の金員に対する将来の利息を請求しない。'
          : `第1条の金員には年${terms.futureInterestRate}%の利息を付し、前条の分割金はこれを含む額とする。`,
    },
    {
      marker: '第4条(期限の利益の喪失)',
      text: `乙が第2条の${accelerationWords(terms.acceleration)}は、乙は、甲からの通知催告を要せず当然に期限の利益を失い、甲に対し、第1条の金員から既に支払った額を控除した残額及びこれに対する期限の利益を失った日の翌日から支払済みまで年${lateChargeRate}%の割合による遅延損害金を直ちに支払う。`,
    },
    { marker: '第5条(充当)', text: '乙の支払った金員は、費用、利息及び遅延損害金、元本の順に充当する。' },
    {
      marker: '第6条(残債務の免除)',
      text: '乙が第2条の分割金を期限の利益を失うことなく支払ったときは、甲は、乙に対し、その余の債務を免除する。',
    },
    { marker: '第7条(清算条項)', text: '甲及び乙は、甲乙間には、本和解契約に定めるもののほか、何らの債権債務もないことを相互に確認する。' },
    { marker: '第8条(費用)', text: '本和解に関する費用は、各自の負担とする。' },
  ];
  const agreement: Block[] = [
    { type: 'title', text: '和解契約書' },
    {
      type: 'paragraph',
      indent: true,
      text: `${creditor.name}(以下「甲」という。)と${content.debtor.name}(以下「乙」という。)とは、本日、次のとおり和解する。`,
    },
    { type: 'items', items: articles },
    { type: 'fields', rows: [['振込先口座', payee]] },
    { type: 'paragraph', indent: true, text: '本和解の成立を証するため、本書2通を作成し、甲乙各1通を保有する。' },
    { type: 'paragraph', text: '令和  年  月  日' },
    {
      type: 'lines',
      lines: [
        `(甲)住所 ${creditor.contact.address || ''}`,
        `    名称 ${creditor.name}`,
        '    代表者                          印',
        '',
        `(乙)住所 ${debtorAddress}`,
        `    氏名 ${content.debtor.name}${office ? '' : '                 印'}`,
        ...(office ? [`    乙代理人 ${office.address}`, `    ${office.office}`, `    ${agentName(office)}                 印`] : []),
      ],
    },
  ];
  return {
    title: TITLE,
    fileName: `和解契約書案_${content.debtor.name}_${creditor.name}`,
    style: 'letter',
    sections: [
      { name: '確認票', blocks: cover },
      { name: '和解契約書', blocks: agreement },
    ],
  };
}
