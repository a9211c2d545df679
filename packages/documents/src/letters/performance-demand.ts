// 和解内容の履行請求書: the creditor has not kept the agreement (docs/documents.md "和解内容の履行請求書").
// Title; the agreement (date, parties); what was agreed, what happened and when; what the creditor
// must do by a deadline; what follows otherwise; date, sender, recipient as on the envelope. Set on
// the 内容証明 grid (26字×20行) so that it can be sent by 内容証明郵便 with 配達証明; refused when
// it does not fit.

import { type BreachInput, type BreachKind, breachKindLabels } from '@wakai/core';
import { addDays, formatYenWithUnit as yen } from '@wakai/core/engine';
import { layoutCertifiedMail } from '../certified-mail/certified-mail-grid.js';
import { certifiedMailParagraphs } from '../certified-mail/certified-mail-model.js';
import { certifiedMailRecipient } from '../certified-mail/certified-mail-recipient.js';
import { DocumentUnavailableError } from '../document-errors.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, DocumentModel } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import { MissingFields } from '../missing-data.js';
import { oneCreditor } from './creditor-selection.js';
import { agentName, debtorContact } from './letter-parts.js';

const TITLE = '和解内容の履行請求書';
/** Default deadline: two weeks from the letter's date, as for the 過払金返還請求書. */
const DEFAULT_DAYS = 14;
const DEFAULT_MAX_SHEETS = 2;

/** What the creditor is asked to do, per kind of breach. */
const requests: Record<BreachKind, string> = {
  'collection-continues': '和解の内容を超える請求及び取立てを直ちにやめ、和解の内容に従った請求に改めてください',
  'wrong-amount': '請求額を和解の内容のとおりに訂正してください',
  'overpayment-unpaid': '和解により支払を約した過払金の残額を、下記の期限までにお支払いください',
  'agreement-not-returned': '当方が署名押印して送付した和解書を、下記の期限までにご返送ください',
  'credit-record-not-updated': '信用情報機関への登録を和解及び完済の内容のとおりに訂正してください',
};

/** What follows when the deadline passes. */
const otherwise: Record<BreachKind, string> = {
  'collection-continues': '監督官庁への申出その他の法的措置',
  'wrong-amount': '監督官庁への申出その他の法的措置',
  'overpayment-unpaid': '支払を求める訴えの提起',
  'agreement-not-returned': '監督官庁への申出その他の措置',
  'credit-record-not-updated': '信用情報機関への訂正の申出その他の措置',
};

export function performanceDemand(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const { creditor, index } = oneCreditor(content, TITLE, options.creditor);
  const breaches = creditor.negotiation.breaches;
  const breach = options.breach === undefined ? latestOpen(breaches) : breaches[options.breach];
  if (!breach)
    throw new DocumentUnavailableError(
      TITLE,
      options.breach === undefined
        ? `「${creditor.name}」に未解決の不履行の記録がありません(交渉の画面で記録してください)`
        : `「${creditor.name}」の不履行の記録(${options.breach + 1}番目)が見つかりません`,
    );
  const missing = new MissingFields(TITLE);
  const address = missing.need(creditor.contact.address, `creditors[${index}].contact.address`, `債権者「${creditor.name}」の住所`);
  const office = input.letterhead?.kind === 'office' ? input.letterhead : null;
  const sender = office ? null : debtorContact(input.letterhead, input.debtor, missing);
  missing.check();
  const deadline = breach.demandDeadline ?? options.payBy ?? addDays(today, DEFAULT_DAYS);
  const agreement = creditor.negotiation.agreement;
  const agreedOn = agreement?.signedOn ?? agreement?.settlementDate ?? null;
  const facts = [
    `不履行の内容 ${breachKindLabels[breach.kind]}`,
    `合意した内容 ${breach.agreed}`,
    `実際の状況 ${breach.happened}`,
    `発生日 ${warekiDate(breach.occurredOn)}`,
    ...(breach.agreedAmount === null ? [] : [`合意した金額 ${yen(breach.agreedAmount)}`]),
    ...(breach.actualAmount === null
      ? []
      : [`${breach.kind === 'overpayment-unpaid' ? '支払済みの額' : '請求された額'} ${yen(breach.actualAmount)}`]),
    `履行の期限 ${warekiDate(deadline)}`,
  ];
  const blocks: Block[] = [
    { type: 'title', text: TITLE },
    {
      type: 'paragraph',
      indent: true,
      text: `${content.debtor.name}と貴社との間で${agreedOn ? `${warekiDate(agreedOn)}に` : ''}成立した和解について、下記のとおり、その内容が履行されていません。`,
    },
    {
      type: 'paragraph',
      indent: true,
      text: `つきましては、${warekiDate(deadline)}までに、${requests[breach.kind]}。期限までに履行されない場合は、${otherwise[breach.kind]}を検討いたします。`,
    },
    { type: 'paragraph', text: '記', align: 'center' },
    { type: 'lines', lines: facts },
    { type: 'paragraph', text: '以上', align: 'right' },
    { type: 'paragraph', text: warekiDate(today) },
    {
      type: 'lines',
      lines: office
        ? [
            `${office.postcode ? `〒${office.postcode} ` : ''}${office.address}`,
            `通知人 ${content.debtor.name}`,
            `上記代理人 ${agentName(office)}`,
          ]
        : [`${sender?.postcode ? `〒${sender.postcode} ` : ''}${sender?.address ?? ''}`, `通知人 ${content.debtor.name}`],
    },
    {
      type: 'lines',
      lines: [
        `${creditor.contact.postcode ? `〒${creditor.contact.postcode} ` : ''}${address}`,
        ...certifiedMailRecipient(creditor.name, creditor.contact.representative || undefined),
      ],
    },
  ];
  const model: DocumentModel = {
    title: TITLE,
    fileName: `和解内容の履行請求書_${content.debtor.name}_${creditor.name}`,
    style: 'certified-mail',
    sections: [{ name: TITLE, blocks }],
  };
  layoutCertifiedMail(certifiedMailParagraphs(model), options.maxSheets ?? DEFAULT_MAX_SHEETS);
  return model;
}

/** The most recent breach not yet resolved. */
function latestOpen(breaches: readonly BreachInput[]): BreachInput | undefined {
  return [...breaches]
    .filter((b) => b.resolvedOn === null)
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
    .at(-1);
}
