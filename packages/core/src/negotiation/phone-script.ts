// What to say, what not to say and what to write down on a call with a creditor: the guides'
// advice in our own words (offer concrete amounts, never agree to what the budget cannot carry, get
// every term in writing, record every call; an old debt is not acknowledged before checking 時効;
// a "pay it all now" demand is not answered on the spot).
import { formatYenWithUnit as yen } from '../money.js';

export interface ScriptFacts {
  debtorName: string;
  creditorName: string;
  contractNumbers: string[];
  openingMonthly: number;
  openingInstallments: number;
  share: number;
  /** A servicer or a debt last paid more than 5 years ago: 時効 must be checked first. */
  limitationToCheck: boolean;
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

export function phoneScript(f: ScriptFacts): PhoneScript {
  const account = f.contractNumbers.length > 0 ? `(会員番号 ${f.contractNumbers.join('・')})` : '';
  return {
    say: [
      `「${f.debtorName}です${account}。返済についてご相談したくお電話しました」`,
      '「収入が減り、今の条件では払い続けられません。払う意思はあります」',
      `「家計を見直した結果、毎月 ${yen(f.openingMonthly)} を ${f.openingInstallments}回でお支払いしたいと考えています」`,
      '「将来の利息と遅延損害金なしでお願いできないでしょうか」',
      '「家計の収支表をお送りできます。条件は書面でいただけますか」',
      '「社内でご検討のうえ、いつ頃お返事をいただけますか」',
    ],
    avoid: [
      `毎月 ${yen(f.share)}(この債権者に回せる額)を超える額をその場で約束しない`,
      '「一括で払わないと訴える」と言われても、その場で応じたり払ったりしない(内容を確かめてから返事をする)',
      ...(f.limitationToCheck
        ? ['時効の可能性があるため、借金を認める言葉(「払います」「分割にしてください」)を言わず、少額でも払わない']
        : []),
      '他の債権者への返済額や、家族の財産のことを求められるまま話さない',
      '感情的にならない。口頭だけで合意しない',
    ],
    record: [
      '日時・電話番号・担当者の名前と部署',
      '先方が示した条件(和解金額・回数・毎月の額・将来利息・遅延損害金・期限の利益を失う条件)',
      '回答の期限と、次に連絡する日',
      'こちらが約束したこと、送ると言った書類',
    ],
  };
}
