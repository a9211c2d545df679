// 受任通知 (兼 取引履歴開示請求): the office tells each creditor it now acts for the debtor, asks it
// to stop collecting from the debtor, asks for the whole transaction history and a 債権調査票, and
// that payments stop for now (docs/documents.md "受任通知"). The statutes cited are the creditor's
// regime's (貸金業法21条1項9号・19条の2 to a 貸金業者 and, through 24条2項, to a servicer holding its
// claim; サービサー法18条8項 only in a lawyer's notice; none to a bank). One A4 page per creditor;
// all creditors in one PDF when no creditor is chosen.
import type { CreditorRegime } from '@wakai/core';
import { documentPositions } from '../case-figures.js';
import type { DocumentInput, OfficeLetterhead } from '../document-input.js';
import type { DocumentModel, Section } from '../document-model.js';
import { MissingFields } from '../missing-data.js';
import { positionAt, refuseOverScrivenerLimit } from '../position-guards.js';
import { creditorFilePart, selectedCreditors } from './creditor-selection.js';
import { addressee, addresseeFax, dateLine, debtorContact, debtorFields, officeLetterhead, officeSender } from './letter-parts.js';

const TITLE = '受任通知';

const procedureWords = {
  voluntary: '任意整理',
  bankruptcy: '自己破産の申立て',
  rehabilitation: '個人再生の申立て',
} as const;

/** Not under 貸金業法: the request rests on the debtor's right to their own data. */
export const personalDataDisclosure = '個人情報の保護に関する法律33条(保有個人データの開示)';

/** Item 1: stop contacting the debtor, citing the statute that binds this creditor after this sender's notice. */
function stopWords(regime: CreditorRegime, office: OfficeLetterhead | null): string {
  const ask = '今後、債務者本人、その家族及び勤務先への連絡や請求は、一切なさらないでください。';
  const to = 'ご連絡はすべて当職宛てにお願いいたします。';
  const stop = regime.stopsCollection;
  const binds = stop !== null && (stop.after === 'any-professional' || office?.profession === 'lawyer');
  if (!binds) return `${ask}${to}`;
  // The article without its gloss (a letter to a lender need not explain the rule to it).
  const statute = (regime.noticeStatutes[0] ?? stop.source).replace(/^([^(]+)\((?:受任通知後|弁護士の受任通知後)[^)]*\)/, '$1');
  return `${ask}本通知を受け取った後に債務者へ直接請求することは、${statute}により禁じられています。${to}`;
}

/** Item 2: the whole history, on the statute that obliges this creditor to disclose it. */
export function historyWords(regime: CreditorRegime): string {
  const basis = regime.historyStatute ?? personalDataDisclosure;
  return `債務者と貴社との最初の取引から現在までのすべての取引履歴(借入れ及び返済の年月日と金額)を開示してください(${basis})。あわせて、債権調査票をお送りください。`;
}

export function engagementNotice(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const missing = new MissingFields(TITLE);
  const office = officeLetterhead(input.letterhead, missing);
  const contact = debtorContact(null, input.debtor, missing);
  const selection = selectedCreditors(content, TITLE, options.creditor);
  const procedure = procedureWords[options.procedure ?? 'voluntary'];
  const positions = documentPositions(input);
  for (const { index } of selection) refuseOverScrivenerLimit(TITLE, positionAt(positions, index, TITLE));
  const sections = selection.map(({ creditor, index }): Section => {
    const { regime } = positionAt(positions, index, TITLE);
    const to = addressee(creditor, index, missing);
    const debtor = debtorFields(content, contact, input.debtor, index, missing);
    return {
      name: creditor.name,
      blocks: [
        dateLine(today),
        to,
        ...(addresseeFax(creditor) ? [{ type: 'paragraph' as const, text: addresseeFax(creditor) }] : []),
        ...(office ? [officeSender(office, content.debtor.name)] : []),
        { type: 'title', text: '受任通知書(兼 取引履歴開示請求書)' },
        {
          type: 'paragraph',
          indent: true,
          text: `当職は、このたび下記の債務者から依頼を受け、同人の債務整理(${procedure})について代理人に就任しましたので、ご通知いたします。`,
        },
        {
          type: 'items',
          items: [
            { marker: '1', text: stopWords(regime, office) },
            { marker: '2', text: historyWords(regime) },
            { marker: '3', text: '債務者から貴社への支払は、債務の内容を確認するまで、いったん停止いたします。' },
            { marker: '4', text: '本通知は、債務の存在又はその額を承認するものではありません。' },
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
    fileName: `受任通知_${content.debtor.name}_${creditorFilePart(selection)}`,
    style: 'letter',
    sections,
  };
}
