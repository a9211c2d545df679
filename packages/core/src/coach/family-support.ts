// Family and strain (guide 002 「心構え」; guide 000 6-4): who in the family a case touches, read from
// the case (guarantors, family cards, a spouse's or relative's income in the budget, contracts in a
// family member's name); how to tell them; what to pay first when money is short; where to turn
// when the strain is too much — public bodies only, each with its source, no telephone numbers.
import type { SpendingItem } from '../case/budget.js';
import { budgetBasis } from '../case/budget-basis.js';
import type { Budget } from '../case/case-schema.js';
import { type ContractHolder, holderRelationLabels } from '../case/contract-holder.js';
import { formatYenWithUnit } from '../money.js';

export interface FamilyFacts {
  budget: Budget;
  creditors: readonly {
    name: string;
    kind: string;
    contracts: readonly { guarantorPerson: string; holder?: ContractHolder; label: string }[];
  }[];
}

export interface FamilyTouch {
  who: string;
  how: string;
  source: string;
}

/** Who in the family this case touches, and how. */
export function familyTouches(facts: FamilyFacts): FamilyTouch[] {
  const touches: FamilyTouch[] = [];
  for (const creditor of facts.creditors)
    for (const contract of creditor.contracts) {
      if (contract.guarantorPerson)
        touches.push({
          who: `保証人 ${contract.guarantorPerson}`,
          how: `「${creditor.name}」の借入が止まると、保証人に残りの全額が請求されます。連帯保証なら、先にあなたへ請求するよう求めることもできません。任意整理では、この債権者を対象から外して払い続けることもできます。`,
          source: '民法446条1項・454条',
        });
      const holder = contract.holder;
      if (holder && holder.relation !== 'self')
        touches.push({
          who: `${holderRelationLabels[holder.relation]}${holder.name ? ` ${holder.name}` : ''}`,
          how: holder.debtorGuarantees
            ? `「${creditor.name}」は${holderRelationLabels[holder.relation]}の名義で、あなたが保証しています。名義人が払えなければ、あなたに請求が来ます。`
            : `「${creditor.name}」は${holderRelationLabels[holder.relation]}の名義の借入です。保証していなければ名義人本人の債務で、本人と話し合う必要があります。`,
          source: '民法446条1項',
        });
    }
  for (const creditor of facts.creditors.filter((c) => c.kind === 'card'))
    touches.push({
      who: '家族カードを使っている家族',
      how: `「${creditor.name}」の家族カードは、本会員(あなた)のカードが止まると一緒に使えなくなります。公共料金や携帯電話の支払をそのカードにしていれば、先に支払方法を変えてください。`,
      source: 'カード会社の会員規約(家族カードは本会員の契約に付く)',
    });
  // The month the plan reads: the monthly plan, else the latest recorded month (budget-basis.ts).
  const basis = budgetBasis(facts.budget);
  const budget = basis.recordedMonth ? `家計の${basis.label}` : '家計';
  const income = basis.month.income;
  if ((income.salarySpouse ?? 0) > 0)
    touches.push({
      who: '配偶者',
      how: `${budget}に配偶者の収入 ${formatYenWithUnit(income.salarySpouse ?? 0)} を入れています。返済の計画はこの収入を前提にしているので、話しておく必要があります。保証人でなければ、配偶者にあなたの借金を払う義務はありません(日常の家事のための債務は別です)。`,
      source: '民法761条',
    });
  const others = (income.salaryOthers ?? 0) + (income.familySupport ?? 0);
  if (others > 0)
    touches.push({
      who: '同居の家族・援助してくれる親族',
      how: `${budget}に家族・親族からのお金 ${formatYenWithUnit(others)} を入れています。計画がこのお金を前提にしていることを伝えてください。保証人でなければ、家族に返済の義務はありません。`,
      source: '民法446条1項',
    });
  return touches;
}

export const tellingFamily: readonly string[] = [
  '落ち着いて話せる時間を選び、責めたり言い訳したりせず、事実から話します:借入の合計、毎月の返済、これからどうするか。',
  'その人にとって何が変わるかを具体的に伝えます(保証人への請求、家族カードが止まる、電話や郵便が来る)。',
  '変わらないことも伝えます:保証人でない家族に返済の義務はありません。',
  '一人で全部を話せないときは、弁護士・司法書士との相談に家族と一緒に行くこともできます。',
];

export interface PayFirst {
  title: string;
  why: string;
  source: string;
  /** The budget lines it covers, to show what the case spends on them. */
  items: readonly SpendingItem[];
}

/** When money is short: essentials before unsecured debts (guide 000 6-4, guide 002 「交渉期間中の生活の優先順位」). */
export const payFirst: readonly PayFirst[] = [
  {
    title: '住まい(家賃・住宅ローン)',
    why: '滞納が続くと住む場所を失うおそれがあります。最初に確保します。',
    source: '債務整理の実務(生活に直結する支払いを先に)',
    items: ['rent'],
  },
  {
    title: '電気・ガス・水道',
    why: '払わないと止められます。',
    source: '各社の供給約款(滞納が続くと供給停止)',
    items: ['utilities'],
  },
  {
    title: '食費・医療費',
    why: '生活と健康を守る支出です。削りすぎないでください。',
    source: '債務整理の実務(最低限の生活費を確保する)',
    items: ['food', 'medical'],
  },
  {
    title: '税金・社会保険料',
    why: '任意整理の対象にならず、自己破産しても免除されません。裁判なしに給料や預金を差し押さえられるため、払えないときは役所で分割や猶予を相談します。',
    source: '破産法253条1項1号・国税徴収法47条(差押え)・国税通則法46条(納税の猶予)',
    items: ['taxes'],
  },
  {
    title: '仕事に要る車のローン',
    why: '所有権留保の車は、払えないと引き揚げられます。仕事に欠かせないなら、任意整理の対象から外して払い続けることもできます。',
    source: 'ローン契約の所有権留保・任意整理は対象の債権者を選べる(債務整理の実務)',
    items: ['fuel', 'parking'],
  },
  {
    title: '担保のない借入(カード・消費者金融など)',
    why: '上を払って足りないときに、減額や分割を交渉する相手です。返せない額を約束しないでください。',
    source: '債務整理の実務(払える額を根拠に交渉する)',
    items: ['loanRepayments'],
  },
];

export interface StrainHelp {
  name: string;
  what: string;
  source: string;
}

export const strainHelp: readonly StrainHelp[] = [
  {
    name: '身近な人',
    what: '一人で抱えず、家族や信頼できる友人に話してください。話すだけで考えが整理できることがあります。',
    source: '債務整理の実務(家族や友人の支えを得る)',
  },
  {
    name: '厚生労働省「まもろうよ こころ」',
    what: '眠れない、食べられない、消えてしまいたいと思うときは、厚生労働省のこのページにある電話・SNSの相談窓口に相談できます。',
    source: '厚生労働省「まもろうよ こころ」(自殺対策の相談窓口の案内)',
  },
  {
    name: '精神保健福祉センター・保健所',
    what: '都道府県・政令市の精神保健福祉センターや保健所で、こころの健康の相談ができます。',
    source: '精神保健及び精神障害者福祉に関する法律6条',
  },
  {
    name: '自治体の生活困窮者の相談窓口',
    what: '生活費が足りない、仕事や住まいが心配なときは、市区町村の自立相談支援の窓口で、家計や住まいの支援を相談できます。',
    source: '生活困窮者自立支援法(自立相談支援事業)',
  },
];
