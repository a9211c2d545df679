// The parts every letter shares: the date, the addressee as on the envelope, the sender's block
// (the office acting as agent, or the debtor), and the debtor's particulars a creditor needs to
// find the account (docs/documents.md "受任通知", "取引履歴開示請求書").
import type { CaseContent } from '@wakai/core';
import type { CaseCreditor } from '../case-figures.js';
import type { DebtorParticulars, Letterhead, OfficeLetterhead } from '../document-input.js';
import { professionLabels } from '../document-input.js';
import type { Block } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import type { MissingFields } from '../missing-data.js';

export function dateLine(today: string): Block {
  return { type: 'paragraph', text: warekiDate(today), align: 'right' };
}

/** The creditor as addressed: address, company 御中, department. */
export function addressee(creditor: CaseCreditor, index: number, missing: MissingFields): Block {
  const address = missing.need(creditor.contact.address, `creditors[${index}].contact.address`, `債権者「${creditor.name}」の住所`);
  return {
    type: 'lines',
    lines: [
      `${creditor.contact.postcode ? `〒${creditor.contact.postcode} ` : ''}${address}`,
      `${creditor.name}${creditor.contact.department ? ` ${creditor.contact.department}` : ''} 御中`,
    ],
  };
}

/** The creditor's FAX line where known (letters are faxed and posted). */
export function addresseeFax(creditor: CaseCreditor): string {
  return creditor.contact.fax ? `(FAX ${creditor.contact.fax})` : '';
}

/** The office's letterhead, every field named when missing; null when the sender is not an office. */
export function officeLetterhead(letterhead: Letterhead | null, missing: MissingFields): OfficeLetterhead | null {
  if (letterhead === null || letterhead.kind !== 'office') {
    missing.add('letterhead', '事務所の情報(レターヘッド:事務所名・資格・登録番号・住所・電話・FAX)');
    return null;
  }
  missing.need(letterhead.office, 'letterhead.office', '事務所名');
  missing.need(letterhead.agent, 'letterhead.agent', '代理人の氏名');
  missing.need(letterhead.registrationNumber, 'letterhead.registrationNumber', '登録番号');
  missing.need(letterhead.address, 'letterhead.address', '事務所の住所');
  missing.need(letterhead.tel, 'letterhead.tel', '事務所の電話番号');
  missing.need(letterhead.fax, 'letterhead.fax', '事務所のFAX番号');
  return letterhead;
}

/** "弁護士 山田太郎" / "認定司法書士 山田太郎(認定番号 …)". */
export function agentName(office: OfficeLetterhead): string {
  return `${professionLabels[office.profession]} ${office.agent}`;
}

/** The office's sender block, right-aligned: who acts for whom, and how to reach them. */
export function officeSender(office: OfficeLetterhead, debtorName: string): Block {
  return {
    type: 'lines',
    align: 'right',
    lines: [
      `${office.postcode ? `〒${office.postcode} ` : ''}${office.address}`,
      office.office,
      `TEL ${office.tel} / FAX ${office.fax}`,
      `債務者 ${debtorName} 代理人`,
      `${agentName(office)}(登録番号 ${office.registrationNumber})`,
      ...(office.person ? [`担当 ${office.person}`] : []),
    ],
  };
}

/** The debtor's own sender block, when the debtor writes for themselves. */
export function debtorSender(content: CaseContent, particulars: Pick<DebtorParticulars, 'postcode' | 'address' | 'tel'>): Block {
  return {
    type: 'lines',
    align: 'right',
    lines: [
      `${particulars.postcode ? `〒${particulars.postcode} ` : ''}${particulars.address}`,
      content.debtor.name,
      ...(particulars.tel ? [`TEL ${particulars.tel}`] : []),
    ],
  };
}

/**
 * The debtor's address and telephone: the particulars given, else the debtor's own letterhead;
 * the address is named when missing.
 */
export function debtorContact(
  letterhead: Letterhead | null,
  particulars: DebtorParticulars | undefined,
  missing: MissingFields,
): Pick<DebtorParticulars, 'postcode' | 'address' | 'tel'> {
  const own = letterhead?.kind === 'debtor' ? letterhead : undefined;
  const address = missing.need(particulars?.address || own?.address, 'debtor.address', '債務者の住所');
  return { postcode: particulars?.postcode || own?.postcode || '', address, tel: particulars?.tel || own?.tel || '' };
}

/** 債務者の表示: what the creditor matches its records against. */
export function debtorFields(
  content: CaseContent,
  contact: Pick<DebtorParticulars, 'postcode' | 'address' | 'tel'>,
  particulars: DebtorParticulars | undefined,
  creditorIndex: number,
  missing: MissingFields,
): Block {
  const { debtor } = content;
  const birth = missing.need(debtor.birthDate, 'debtor.birthDate', '債務者の生年月日');
  const member = particulars?.memberNumbers[creditorIndex];
  const rows: [string, string][] = [
    ['氏名', debtor.nameKana ? `${debtor.name}(${debtor.nameKana})` : debtor.name],
    ['生年月日', birth ? warekiDate(birth) : ''],
    ['住所', `${contact.postcode ? `〒${contact.postcode} ` : ''}${contact.address}`],
  ];
  if (contact.tel) rows.push(['電話番号', contact.tel]);
  if (particulars?.formerNames.length) rows.push(['旧姓・旧氏名', particulars.formerNames.join('、')]);
  if (particulars?.formerAddresses.length) rows.push(['旧住所', particulars.formerAddresses.join('、')]);
  if (member) rows.push(['会員番号・契約番号', member]);
  return { type: 'fields', rows };
}
