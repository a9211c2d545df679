// Whose name a contract is in (guide 000 5-6): a debt in a child's name is the child's unless the
// debtor guaranteed it, and a contract the debtor suspects was made in their name without consent
// (名義盗用) is marked. Either is left out of the debtor's 任意整理 plan with the reason; the steps
// say what to do instead.
import { z } from 'zod';
import { choice, text } from './fields.js';

export const holderRelations = ['self', 'child', 'spouse', 'parent', 'other'] as const;
export type HolderRelation = (typeof holderRelations)[number];

export const holderRelationLabels: Record<HolderRelation, string> = {
  self: '本人',
  child: '子ども',
  spouse: '配偶者',
  parent: '親',
  other: 'その他の人',
};

export const defaultHolder = { relation: 'self', name: '', debtorGuarantees: false } as const;

export const contractHolderSchema = z
  .object({
    relation: choice('契約者(名義人)', holderRelations).default('self'),
    name: text('名義人の氏名', { max: 100 }),
    /** The debtor stood as guarantor (保証人・連帯保証人) for the holder's debt. */
    debtorGuarantees: z.boolean({ error: '保証人になっているかを選んでください' }).default(false),
  })
  .default(defaultHolder);

export type ContractHolder = z.infer<typeof contractHolderSchema>;

/** What the plan reads about a contract's name. */
export interface HolderFacts {
  holder?: ContractHolder;
  identityTheft?: boolean;
}

export type NotOwedReason = 'identity-theft' | 'other-holder';

/** Why the debtor does not owe this contract (so it stays out of the plan), or null when they do. */
export function notOwedReason(contract: HolderFacts): NotOwedReason | null {
  if (contract.identityTheft) return 'identity-theft';
  const holder = contract.holder ?? defaultHolder;
  // A guarantee is the guarantor's own debt (民法446条1項): it stays in the debtor's plan.
  if (holder.relation !== 'self' && !holder.debtorGuarantees) return 'other-holder';
  return null;
}

/** The sentence shown beside a creditor left out of the plan. */
export function notOwedText(reason: NotOwedReason, holder: ContractHolder = defaultHolder): string {
  if (reason === 'identity-theft')
    return '名義を無断で使われた疑いがある契約です。契約していない借入は返す義務を争えるため、確認が済むまで返済計画に入れていません。';
  const who = `${holderRelationLabels[holder.relation]}${holder.name ? `(${holder.name})` : ''}`;
  return `${who}の名義の借入で、あなたは保証人になっていません。名義人本人の債務で、あなたの債務ではないため、返済計画に入れていません。`;
}

export interface HolderStep {
  title: string;
  text: string;
  source: string;
}

/** What to do about a contract in another's name or one made without consent. */
export function holderSteps(contract: HolderFacts): HolderStep[] {
  const holder = contract.holder ?? defaultHolder;
  if (contract.identityTheft) return identityTheftSteps;
  if (holder.relation === 'self') return [];
  const steps: HolderStep[] = [];
  if (holder.debtorGuarantees)
    steps.push({
      title: '保証した分はあなたの債務です',
      text: '名義人が払えなくなると、保証人のあなたに請求が来ます。連帯保証なら、先に名義人に請求するよう求めることもできません。この保証債務は、あなたの返済計画に入れています。',
      source: '民法446条1項・454条',
    });
  else
    steps.push({
      title: '名義人本人の債務です',
      text: '保証人になっていなければ、家族の名義の借入をあなたが払う義務はありません。債権者から払うよう求められても、保証していないことを伝えてください。',
      source: '民法446条1項(保証は保証契約があるときだけ)',
    });
  if (holder.relation === 'child')
    steps.push({
      title: '契約したとき未成年だったか確かめる',
      text: '未成年者が親の同意なく結んだ契約は取り消せます(2022年4月1日からは18歳で成年)。契約日と当時の年齢を確かめ、専門家に相談してください。',
      source: '民法4条・5条2項',
    });
  if (holder.relation === 'spouse')
    steps.push({
      title: '日常の家事の範囲かどうか',
      text: '夫婦の一方が日常の家事のために負った債務は、他方も連帯して責任を負います。借入がこれに当たるかは使いみちや額で判断が分かれるため、専門家に相談してください。',
      source: '民法761条',
    });
  return steps;
}

const identityTheftSteps: HolderStep[] = [
  {
    title: '証拠を残す',
    text: '請求書・督促状・通話の記録、気づいた日とそのいきさつを残し、払ったり「払います」と言ったりしないでください。債権者には契約の申込書や本人確認書類の写しの開示を求めます。',
    source: '個人情報の保護に関する法律33条(開示請求)',
  },
  {
    title: '警察に相談する',
    text: '名義を無断で使った借入は詐欺などの犯罪に当たりうるため、警察に相談し被害届を出します。受理されたら受理番号を控え、債権者に伝えます。',
    source: '刑法246条(詐欺)・159条(私文書偽造)',
  },
  {
    title: '債権者の本人確認を問う',
    text: '貸金業者は契約の際に本人確認(取引時確認)をしなければなりません。どの書類で本人確認をしたのかを書面で尋ね、自分は契約していないことを伝えます。',
    source: '犯罪による収益の移転防止に関する法律4条(取引時確認)',
  },
  {
    title: '信用情報を確かめる',
    text: 'CIC・JICC などの信用情報機関に自分の記録を開示請求し、身に覚えのない登録があれば、登録した会社に訂正を求めます。',
    source: '個人情報の保護に関する法律33条・34条(開示・訂正)',
  },
];
