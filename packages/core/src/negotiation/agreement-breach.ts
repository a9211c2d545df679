// A creditor that does not keep the agreement (guide 002 「交渉内容が履行されない場合の対応策」):
// each breach recorded against the agreement — what was agreed, what happened, when — and the next
// steps with their sources: a demand with a deadline (by 内容証明 where proof matters), a complaint
// to the authority that registered a 貸金業者, a lawsuit for an agreed 過払金 left unpaid.
import { z } from 'zod';
import { choice, date, optionalDate, optionalYen, text } from '../case/fields.js';
import { formatYenWithUnit, type Yen } from '../money.js';

export const breachKinds = [
  'collection-continues',
  'wrong-amount',
  'overpayment-unpaid',
  'agreement-not-returned',
  'credit-record-not-updated',
] as const;
export type BreachKind = (typeof breachKinds)[number];

export const breachKindLabels: Record<BreachKind, string> = {
  'collection-continues': '和解の後も取立て・請求が続いている',
  'wrong-amount': '合意と違う金額を請求された',
  'overpayment-unpaid': '合意した過払金が期日までに支払われない',
  'agreement-not-returned': '署名した和解書が返ってこない',
  'credit-record-not-updated': '完済の後も信用情報が更新されない',
};

/** Where the amounts mean something: the agreed and the actual amount are asked for. */
const amountKinds: readonly BreachKind[] = ['wrong-amount', 'overpayment-unpaid'];

export const breachSchema = z
  .object({
    kind: choice('不履行の種類', breachKinds),
    occurredOn: date('起きた日'),
    agreed: text('合意した内容', { max: 1000, required: true }),
    happened: text('実際に起きたこと', { max: 2000, required: true }),
    /** wrong-amount: the agreed installment; overpayment-unpaid: the agreed 過払金. */
    agreedAmount: optionalYen('合意した金額'),
    /** wrong-amount: what was billed; overpayment-unpaid: what has been paid. */
    actualAmount: optionalYen('実際の金額'),
    /** The date the demand (履行請求書) gives the creditor; on the board and the deadlines. */
    demandDeadline: optionalDate('履行を求める期限'),
    resolvedOn: optionalDate('解決した日'),
    note: text('メモ', { max: 2000 }),
  })
  .superRefine((breach, context) => {
    if (amountKinds.includes(breach.kind) && breach.agreedAmount === null)
      context.addIssue({ code: 'custom', path: ['agreedAmount'], message: '合意した金額を入力してください' });
    if (breach.demandDeadline !== null && breach.demandDeadline < breach.occurredOn)
      context.addIssue({ code: 'custom', path: ['demandDeadline'], message: '履行を求める期限は起きた日より後にしてください' });
    if (breach.resolvedOn !== null && breach.resolvedOn < breach.occurredOn)
      context.addIssue({ code: 'custom', path: ['resolvedOn'], message: '解決した日は起きた日より後にしてください' });
  });

export type BreachInput = z.infer<typeof breachSchema>;

export interface BreachStep {
  title: string;
  text: string;
  source: string;
  /** The step is done with the 履行請求書 (`performance-demand`). */
  document?: 'performance-demand';
  /** Sent by 内容証明郵便 with 配達証明: the date and the words must be provable. */
  certifiedMail?: boolean;
}

export interface BreachFacts {
  /** The creditor's kind as the case records it (case-schema.ts `creditorKinds`). */
  creditorKind: string;
  /** An office acts for the debtor: the office speaks to the creditor. */
  officeActs: boolean;
}

/** Creditor kinds registered as 貸金業者 (a card company for its cash advances; a bank's guarantee company). */
const lenderKinds = ['consumer-finance', 'card', 'guarantor-company'];
/** 裁判所法33条1項1号: the 簡易裁判所 hears claims of 1,400,000 yen or less. */
export const summaryCourtLimit = 1_400_000;
/** 民事訴訟法368条1項: 少額訴訟 for claims of 600,000 yen or less. */
export const smallClaimLimit = 600_000;

/** The next steps for a breach, in the order to take them. */
export function breachSteps(breach: BreachInput, facts: BreachFacts): BreachStep[] {
  if (breach.resolvedOn !== null) return [];
  const steps: BreachStep[] = [];
  if (facts.officeActs)
    steps.push({
      title: '事務所に知らせる',
      text: '代理人の事務所が債権者とやり取りします。起きたことと記録を事務所に渡し、請求書の送付を頼んでください。',
      source: '弁護士・司法書士への委任(受任通知の後は代理人が窓口)',
    });
  steps.push({
    title: '記録をそろえる',
    text: '和解書(合意書)、支払の記録、請求書・督促状、通話のメモをそろえます。和解で決めた内容は、あとから蒸し返されない約束です。',
    source: '民法695条・696条(和解とその効力)',
  });
  steps.push(demandStep(breach));
  if (lenderKinds.includes(facts.creditorKind))
    steps.push({
      title: '貸金業者を登録した役所に申し出る',
      text: '貸金業者の登録番号の頭にある登録先(「○○財務局長」なら財務局、「○○知事」ならその都道府県)の貸金業の窓口に、和解が守られていないことを申し出ます。役所は業務改善命令や業務停止などの監督ができます。日本貸金業協会の貸金業相談・紛争解決センターにも苦情を申し出られます。',
      source: '貸金業法3条1項(登録)・24条の6の3(業務改善命令)・24条の6の4(登録取消・業務停止)・12条の2の2(指定紛争解決機関)',
    });
  const special = kindSteps[breach.kind](breach);
  return [...steps, ...special];
}

function demandStep(breach: BreachInput): BreachStep {
  const certified = breach.kind !== 'agreement-not-returned';
  return {
    title: '期限を決めて書面で履行を求める',
    text: `和解内容の履行請求書に、合意した内容・起きたこと・期限(2週間ほど先)を書いて送ります。${
      certified
        ? '送った日と文面を証明できるよう、内容証明郵便(配達証明付き)で送ります。'
        : '普通郵便やFAXでもかまいませんが、控えを残します。'
    }期限は期限の一覧に載ります。`,
    source: certified ? '民法412条(履行遅滞)・内国郵便約款(内容証明・配達証明)' : '民法412条3項(期限の定めのない債務は請求の時から遅滞)',
    document: 'performance-demand',
    certifiedMail: certified,
  };
}

const kindSteps: Record<BreachKind, (breach: BreachInput) => BreachStep[]> = {
  'collection-continues': () => [
    {
      title: '和解の内容のとおりに払い続ける',
      text: '和解した後は、和解書の金額と支払日が債務の内容です。和解前の残高や一括払いを求められても応じず、合意どおりに払い、記録を残します。',
      source: '民法696条(和解の効力)',
    },
  ],
  'wrong-amount': (breach) => [
    {
      title: '合意した額を払い、違いを書面で指摘する',
      text: `請求額${yenText(breach.actualAmount)}ではなく、合意した額${yenText(breach.agreedAmount)}を期日に払います。多く払った分は後で取り戻す手間がかかるため、払う前に訂正を求めます。`,
      source: '民法696条(和解の効力)',
    },
  ],
  'overpayment-unpaid': (breach) => {
    const unpaid = Math.max(0, (breach.agreedAmount ?? 0) - (breach.actualAmount ?? 0));
    const court = unpaid <= summaryCourtLimit ? '簡易裁判所' : '地方裁判所';
    return [
      {
        title: '期限までに払われなければ訴える',
        text: `未払いの過払金${yenText(unpaid)}は、和解で約束された支払です。期限を過ぎたら${court}に支払を求める訴えを起こせます${
          unpaid > 0 && unpaid <= smallClaimLimit ? '(60万円以下なので、1回の審理で終わる少額訴訟も選べます)' : ''
        }。支払日の翌日からは法定利率の遅延損害金も請求できます。`,
        source: '裁判所法33条1項1号(簡易裁判所は140万円以下)・民事訴訟法368条1項(少額訴訟)・民法419条1項・404条(法定利率)',
      },
    ];
  },
  'agreement-not-returned': () => [
    {
      title: '和解書が届くまで、合意した内容で払う',
      text: '署名した和解書の控えが返ってこなくても、合意した内容で払い、振込の記録と、合意を示すメール・手紙・通話のメモを残します。返送の期限を書いて求めます。',
      source: '民法695条(和解)・522条1項(契約は合意で成立)',
    },
  ],
  'credit-record-not-updated': () => [
    {
      title: '信用情報を開示して訂正を求める',
      text: 'CIC・JICC などに自分の記録の開示を請求し、完済が反映されていなければ、登録した債権者に訂正(完済の登録)を求めます。',
      source: '個人情報の保護に関する法律33条・34条(開示・訂正)',
    },
  ],
};

function yenText(amount: Yen | null): string {
  return amount === null ? '(未入力)' : formatYenWithUnit(amount);
}
