// The offer as a letter or e-mail, and what to bring to a meeting (guide 002 「対面・電話・メール」):
// from the same position and terms as the phone script — the opening offer and this creditor's
// share only, never the whole monthly surplus — and nothing at all for a debt that may be
// time-barred (an offer in writing is an acknowledgement, 民法152条1項).
import { formatYenWithUnit as yen } from '../money.js';
import type { PreparationSheet } from './preparation-sheet.js';

export interface WrittenOffer {
  subject: string;
  body: string[];
}

export interface MeetingChecklist {
  bring: string[];
  doNotSign: string[];
}

/** The opening offer as a letter or e-mail text; null where nothing may be offered. */
export function writtenOffer(sheet: PreparationSheet, facts: { debtorName: string; contractNumbers: string[] }): WrittenOffer | null {
  const { opening } = sheet;
  if (opening === null || sheet.timeBarred) return null;
  const account = facts.contractNumbers.length > 0 ? `(会員番号 ${facts.contractNumbers.join('・')})` : '';
  const sender = sheet.voice === 'office' ? `${facts.debtorName}様代理人` : facts.debtorName;
  return {
    subject: `和解のご提案(${facts.debtorName}${account})`,
    body: [
      `${sheet.creditorName} 御中`,
      `${facts.debtorName}${account}の債務について、次のとおり和解をご提案いたします。`,
      `和解金額 ${yen(opening.amount)}(${sheet.debt.label})を、${opening.installments}回に分けて毎月 ${yen(opening.monthly)}${opening.last !== opening.monthly ? `(最終回 ${yen(opening.last)})` : ''}ずつお支払いします。`,
      '将来の利息および遅延損害金は付さない条件でお願いいたします。',
      '家計の収支表を添付いたします。ご検討のうえ、条件を書面でご回答ください。',
      sender,
    ],
  };
}

/** What to bring to a meeting and what not to sign on the spot. */
export function meetingChecklist(sheet: PreparationSheet): MeetingChecklist {
  return {
    bring: [
      '本人確認書類・会員番号のわかるもの(カード・契約書)',
      '家計の収支表と給与明細(この債権者に回せる額の根拠)',
      ...(sheet.debt.claimed !== null ? ['請求書・督促状など、請求額のわかる書類'] : []),
      ...(sheet.timeBarred ? [] : ['引き直し計算書(取引履歴がある場合)']),
      'この準備シートとメモ用紙(言われた条件を書き留める)',
    ],
    doNotSign: [
      'その場で和解書・合意書・債務承認書に署名・押印しない(持ち帰って条件を確かめる)',
      ...(sheet.timeBarred ? ['時効の可能性があるため、残高確認書や分割の申込書にも署名しない(承認になります。民法152条1項)'] : []),
      // No ceiling for a possibly time-barred debt: any promise, of any amount, is an acknowledgement.
      sheet.timeBarred
        ? 'どんな額の支払いも約束しない(金額・回数も話さない)。先に「時効の確認」の欄で時効を確かめる(払う約束は承認になります。民法152条1項)'
        : `毎月 ${yen(sheet.budget.share)} を超える支払い、将来利息の付く条件を、その場で約束しない`,
      'その場でお金を払わない',
    ],
  };
}
