// What to say, what not to say and what to write down on a call with a creditor: the guides'
// advice in our own words (offer concrete amounts, never agree to what the budget cannot carry, get
// every term in writing, record every call; an old debt is not acknowledged before checking 時効;
// a "pay it all now" demand is not answered on the spot).

import { formatYenWithUnit as yen } from '../money.js';
import type { ActingFor } from '../position/position-types.js';

export interface ScriptFacts {
  debtorName: string;
  creditorName: string;
  contractNumbers: string[];
  openingMonthly: number;
  openingInstallments: number;
  share: number;
  /** The debt may be time-barred: nothing is offered, promised or asked (an acknowledgement, 民法152条1項). */
  timeBarred: boolean;
  /** The office speaks once its 受任通知 is sent; the debtor refers every call to it. */
  voice: ActingFor;
  /** The case records that the income fell (the words follow the case's facts). */
  incomeFell: boolean;
}

export interface PhoneScript {
  say: string[];
  avoid: string[];
  record: string[];
}

export const scriptSources = [
  '消費者向け解説「債権者との交渉」(具体的な提案・交渉記録・強硬な要求への対処・時効)',
  '消費者向け解説「任意整理 和解交渉中のすべてを解説」(書面での確認・支払能力を正確に伝える)',
  '民法152条(承認による時効の更新)',
];

const record = [
  '日時・電話番号・担当者の名前と部署',
  '先方が示した条件(和解金額・回数・毎月の額・将来利息・遅延損害金・期限の利益を失う条件)',
  '回答の期限と、次に連絡する日',
  'こちらが約束したこと、送ると言った書類',
];

const acknowledgingWords =
  '借金を認める言葉(「払います」「払う意思はあります」「分割にしてください」「待ってください」)を言わず、少額でも払わない';

/** A debt that may be time-barred: confirm nothing, offer nothing, ask for the facts in writing. */
function timeBarredScript(f: ScriptFacts, account: string): PhoneScript {
  const who = f.voice === 'office' ? `「${f.debtorName}様の代理人です${account}。` : `「${f.debtorName}です${account}。`;
  return {
    say: [
      `${who}ご請求の内容を確認していますので、書面でお送りください」`,
      '「契約日、最後に入金があった日、期限の利益を失った日、債権を譲り受けた日がわかる資料をお願いします」',
      '「内容を確認したうえで、こちらから書面でお返事します」',
    ],
    avoid: [
      acknowledgingWords,
      '金額・回数・支払日の話をしない(提案すること自体が承認になります)',
      '感情的にならない。口頭だけで何も約束しない',
    ],
    record,
  };
}

export function phoneScript(f: ScriptFacts): PhoneScript {
  const account = f.contractNumbers.length > 0 ? `(会員番号 ${f.contractNumbers.join('・')})` : '';
  if (f.timeBarred) return timeBarredScript(f, account);
  const office = f.voice === 'office';
  const reason = f.incomeFell ? '収入が減り、今の条件では払い続けられません' : '今の条件では払い続けられません';
  return {
    say: [
      office
        ? `「${f.debtorName}様の代理人です${account}。和解のご提案でご連絡しました」`
        : `「${f.debtorName}です${account}。返済についてご相談したくお電話しました」`,
      office ? `「ご本人は${reason.replace('ません', 'ない状況です')}。家計を確認しました」` : `「${reason}。家計を見直しました」`,
      `「毎月 ${yen(f.openingMonthly)} を ${f.openingInstallments}回でのお支払いをご提案します」`,
      '「将来の利息と遅延損害金なしでお願いできないでしょうか」',
      '「家計の収支表をお送りできます。条件は書面でいただけますか」',
      '「社内でご検討のうえ、いつ頃お返事をいただけますか」',
    ],
    avoid: [
      `毎月 ${yen(f.share)}(この債権者に回せる額)を超える額をその場で約束しない`,
      '「一括で払わないと訴える」と言われても、その場で応じたり払ったりしない(内容を確かめてから返事をする)',
      '他の債権者への返済額や、家族の財産のことを求められるまま話さない',
      '感情的にならない。口頭だけで合意しない',
    ],
    record,
  };
}
