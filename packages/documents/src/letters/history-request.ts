// 取引履歴開示請求書: the debtor, acting alone, asks a lender for every borrowing and repayment from
// the first contract to today, sent with a copy of an identity document (docs/documents.md
// "取引履歴開示請求書"). The basis is the creditor regime's: 貸金業法19条の2 for a 貸金業者 (and a
// servicer holding its claim), the debtor's right to their own data for a bank.
import { documentPositions } from '../case-figures.js';
import type { DocumentInput } from '../document-input.js';
import type { DocumentModel, Section } from '../document-model.js';
import { MissingFields } from '../missing-data.js';
import { creditorFilePart, selectedCreditors } from './creditor-selection.js';
import { personalDataDisclosure } from './engagement-notice.js';
import { addressee, dateLine, debtorContact, debtorFields, debtorSender } from './letter-parts.js';

const TITLE = '取引履歴開示請求書';

export function historyRequest(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const missing = new MissingFields(TITLE);
  const contact = debtorContact(input.letterhead, input.debtor, missing);
  missing.need(contact.tel, 'debtor.tel', '債務者の電話番号');
  const selection = selectedCreditors(content, TITLE, options.creditor);
  const positions = documentPositions(input);
  const sections = selection.map(({ creditor, index }): Section => {
    const basis = positions[index]?.regime.historyStatute ?? personalDataDisclosure;
    const to = addressee(creditor, index, missing);
    const debtor = debtorFields(content, contact, input.debtor, index, missing);
    return {
      name: creditor.name,
      blocks: [
        dateLine(today),
        to,
        debtorSender(content, contact),
        { type: 'title', text: TITLE },
        {
          type: 'paragraph',
          indent: true,
          text: `私は、貴社との間の取引について、${basis}に基づき、最初の契約から現在までのすべての取引履歴の開示を請求します。`,
        },
        {
          type: 'items',
          items: [
            {
              marker: '1',
              text: '開示いただく内容: 最初の取引から現在までのすべての借入れ及び返済の年月日と金額(約定利率の変更があればその時期と利率)',
            },
            { marker: '2', text: '送付先: 下記の住所の請求者宛てに郵送してください。' },
            { marker: '3', text: '本人確認のため、本人確認書類の写しを同封します。' },
          ],
        },
        { type: 'paragraph', text: '記', align: 'center' },
        debtor,
        { type: 'paragraph', text: '以上', align: 'right' },
      ],
    };
  });
  missing.check();
  return {
    title: TITLE,
    fileName: `取引履歴開示請求書_${content.debtor.name}_${creditorFilePart(selection)}`,
    style: 'letter',
    sections,
  };
}
