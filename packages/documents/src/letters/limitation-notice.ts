// 時効援用通知: the debtor invokes limitation against a creditor, by 内容証明 with 配達証明. Title,
// date, the debt (contract number, date, amount, last payment date), that five years have passed
// since the day after the last payment (民法166条1項1号), "消滅時効を援用します", nothing that
// acknowledges the debt; then the sender and the recipient as on the envelope (docs/documents.md
// "時効援用通知", "内容証明 rules"). Laid on the 26字×20行 grid; refused when it does not fit.
import { addYears, formatYenWithUnit as yen } from '@wakai/core/engine';
import { layoutCertifiedMail } from '../certified-mail/certified-mail-grid.js';
import { certifiedMailParagraphs } from '../certified-mail/certified-mail-model.js';
import { DocumentUnavailableError } from '../document-errors.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, DocumentModel } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import { MissingFields } from '../missing-data.js';
import { oneCreditor } from './creditor-selection.js';
import { debtorContact } from './letter-parts.js';

const TITLE = '時効援用通知書';
/** 民法166条1項1号: five years from when the creditor could know it could exercise the right. */
const LIMITATION_YEARS = 5;
const DEFAULT_MAX_SHEETS = 2;

export function limitationNotice(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const { creditor, index } = oneCreditor(content, TITLE, options.creditor);
  const contractIndex = options.contract ?? 0;
  const contract = creditor.contracts[contractIndex];
  if (!contract) throw new DocumentUnavailableError(TITLE, `「${creditor.name}」の契約(${contractIndex + 1}番目)が見つかりません`);
  const missing = new MissingFields(TITLE);
  const address = missing.need(creditor.contact.address, `creditors[${index}].contact.address`, `債権者「${creditor.name}」の住所`);
  const sender = debtorContact(input.letterhead, input.debtor, missing);
  const lastPayment = missing.need(
    contract.lastPaymentDate,
    `creditors[${index}].contracts[${contractIndex}].lastPaymentDate`,
    `「${creditor.name}」の${contract.label || '契約'}の最終返済日`,
  );
  missing.check();
  // The period starts the day after the last payment (民法140条) and ends at the end of the same day five years on (143条).
  if (today <= addYears(lastPayment, LIMITATION_YEARS))
    throw new DocumentUnavailableError(
      TITLE,
      `最終返済日(${warekiDate(lastPayment)})の翌日から5年が経っていません。支払や債務の承認をする前に、専門家に相談してください`,
    );
  const member = input.debtor?.memberNumbers[index];
  const debt = [
    member ? `契約番号 ${member}` : '',
    contract.contractDate ? `契約日 ${warekiDate(contract.contractDate)}` : '',
    contract.label ? `契約の名称 ${contract.label}` : '',
    contract.creditLimit ? `借入限度額 ${yen(contract.creditLimit)}` : '',
    `最終返済日 ${warekiDate(lastPayment)}`,
  ].filter(Boolean);
  const blocks: Block[] = [
    { type: 'title', text: TITLE },
    {
      type: 'paragraph',
      indent: true,
      text: `貴社が私に対して有すると主張する下記の債権について、最終返済日の翌日から既に5年が経過しています(民法166条1項1号)。よって、私は、本書をもって、当該債権について消滅時効を援用します。`,
    },
    { type: 'paragraph', text: '記', align: 'center' },
    { type: 'lines', lines: debt },
    { type: 'paragraph', text: '以上', align: 'right' },
    { type: 'paragraph', text: warekiDate(today) },
    { type: 'lines', lines: [`${sender.postcode ? `〒${sender.postcode} ` : ''}${sender.address}`, `通知人 ${content.debtor.name}`] },
    // As on the envelope: the company and, where known, its representative (docs/documents.md 時効援用通知).
    {
      type: 'lines',
      lines: [
        `${creditor.contact.postcode ? `〒${creditor.contact.postcode} ` : ''}${address}`,
        creditor.contact.representative ? `${creditor.name} 代表者 ${creditor.contact.representative} 殿` : `${creditor.name} 御中`,
      ],
    },
  ];
  const model: DocumentModel = {
    title: TITLE,
    fileName: `時効援用通知書_${content.debtor.name}_${creditor.name}`,
    style: 'certified-mail',
    sections: [{ name: TITLE, blocks }],
  };
  // Refuse now, with the count, rather than in a renderer: the text must fit the sheets in every format.
  layoutCertifiedMail(certifiedMailParagraphs(model), options.maxSheets ?? DEFAULT_MAX_SHEETS);
  return model;
}
