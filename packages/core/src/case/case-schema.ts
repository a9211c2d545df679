// The case file: everything Wakai stores about one debtor's matter. Shared by server, CLI and web;
// every boundary validates with these schemas.
import { z } from 'zod';
import { messageText } from '../messages.js';
import { futureDateProblem, transactionProblems } from '../recalc/transaction-rules.js';
import { incomeItems, spendingItems } from './budget.js';
import { contractHolderSchema } from './contract-holder.js';
import { contractKinds, limitationFactsSchema, originalCreditorSchema } from './debt-facts.js';
import { fieldLabel } from './field-labels.js';
import { choice, date, type FieldProblem, laterText, optionalDate, optionalYen, ratePercent, text, whole, yen } from './fields.js';
import { prefectures } from './prefectures.js';
import { recalcOptionsSchema } from './recalc-options-schema.js';

export { prefectures } from './prefectures.js';

export const householdMemberSchema = z.object({
  name: text('家族の氏名', { max: 100 }),
  relation: text('続柄', { max: 50 }),
  age: whole('年齢', 0, 130).nullable().default(null),
  monthlyIncome: optionalYen('家族の月収'),
});

export const debtorSchema = z.object({
  name: text('氏名', { max: 100, required: true }),
  nameKana: text('ふりがな', { max: 100 }),
  birthDate: optionalDate('生年月日'),
  prefecture: choice('都道府県', prefectures).nullable().default(null),
  /** 法テラス's higher income limits apply in large cities (政令指定都市等). */
  largeCity: z.boolean({ error: '大都市かどうかを選んでください' }).default(false),
  occupation: text('職業', { max: 100 }),
  /** The income fell (a script says 「収入が減り」 only where this is recorded); null: not stated. */
  incomeFell: z.boolean({ error: '収入が減ったかどうかを選んでください' }).nullable().default(null),
  householdMembers: z.array(householdMemberSchema).max(20).default([]),
  /** What a creditor matches its records against (受任通知, 取引履歴開示請求). */
  postcode: laterText('郵便番号', { max: 10, halfWidth: true }),
  address: laterText('住所'),
  phone: laterText('電話番号', { max: 30 }),
  formerNames: z
    .array(text('旧姓・旧氏名', { max: 100, required: true }))
    .max(10)
    .optional(),
  formerAddresses: z
    .array(text('旧住所', { required: true }))
    .max(10)
    .optional(),
});

/** A budget's lines; a line sent as null is emptied (left out), so an edit can clear what was stored. */
const amounts = <T extends Record<string, string>>(items: T) =>
  z
    .strictObject(
      Object.fromEntries(Object.entries(items).map(([key, label]) => [key, yen(label).nullish()])) as {
        [K in keyof T]: z.ZodOptional<z.ZodNullable<ReturnType<typeof yen>>>;
      },
    )
    .transform(
      (lines) =>
        Object.fromEntries(Object.entries(lines).filter(([, amount]) => amount !== null && amount !== undefined)) as {
          -readonly [K in keyof T]?: number;
        },
    );

export const budgetMonthSchema = z.object({
  income: amounts(incomeItems).default({}),
  spending: amounts(spendingItems).default({}),
});

export const budgetSchema = z.object({
  /** The typical month the plan is built on. */
  monthly: budgetMonthSchema.default({ income: {}, spending: {} }),
  /** Months actually recorded (the court format asks for the 2 months before filing). */
  months: z
    .array(budgetMonthSchema.extend({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '年月は YYYY-MM で入力してください' }) }))
    .max(24)
    .default([]),
});

export const assetsSchema = z.object({
  cash: yen('現金').default(0),
  deposits: z
    .array(
      z.object({
        bank: text('金融機関', { required: true }),
        branch: text('支店'),
        kind: text('預金の種類', { max: 50 }),
        balance: yen('預金残高'),
      }),
    )
    .max(50)
    .default([]),
  cars: z
    .array(
      z.object({
        name: text('車名', { required: true }),
        value: optionalYen('車の時価'),
        loanBalance: optionalYen('自動車ローン残高'),
        lender: text('ローン会社'),
        /** 所有権留保: the lender keeps title until paid and may repossess. */
        titleRetained: z.boolean().default(false),
      }),
    )
    .max(10)
    .default([]),
  insurance: z
    .array(z.object({ company: text('保険会社', { required: true }), kind: text('保険の種類'), surrenderValue: yen('解約返戻金') }))
    .max(30)
    .default([]),
  home: z
    .object({
      value: optionalYen('自宅の評価額'),
      mortgageBalance: optionalYen('住宅ローン残高'),
      mortgageLender: text('住宅ローンの借入先'),
    })
    .nullable()
    .default(null),
  other: z
    .array(z.object({ name: text('財産の名称', { required: true }), value: yen('財産の評価額') }))
    .max(50)
    .default([]),
});

export const creditorKinds = [
  'bank',
  'cooperative',
  'card',
  'consumer-finance',
  'servicer',
  'guarantor-company',
  'individual',
  'other',
] as const;

export const creditorKindLabels: Record<(typeof creditorKinds)[number], string> = {
  bank: '銀行',
  cooperative: '信用金庫・信用組合・労働金庫・農協',
  card: 'クレジットカード会社',
  'consumer-finance': '消費者金融',
  servicer: '債権回収会社(サービサー)',
  'guarantor-company': '保証会社',
  individual: '個人',
  other: 'その他',
};

// A creditor's and a contract's field names in an error are the map's (the forms and the 変更履歴 show the same).
const creditorLabel = (field: string) => fieldLabel('creditor', field);
const contractLabel = (field: string) => fieldLabel('contract', field);

export const creditorSchema = z.object({
  name: text(creditorLabel('name'), { max: 100, required: true }),
  kind: choice(creditorLabel('kind'), creditorKinds),
  guarantorCompany: text(creditorLabel('guarantorCompany'), { max: 100 }),
  /** For a servicer or another buyer of the claim: whose claim it was. */
  originalCreditor: originalCreditorSchema,
  /** Put in (true) or left out of (false) the plan's 按分 against its default; null = the default. */
  inPlan: z
    .boolean({ error: `${creditorLabel('inPlan')}かどうかを選んでください` })
    .nullable()
    .default(null),
  contact: z
    .object({
      postcode: laterText(creditorLabel('contact.postcode'), { max: 10, halfWidth: true }),
      address: text(creditorLabel('contact.address')),
      phone: text(creditorLabel('contact.phone'), { max: 30 }),
      fax: text(creditorLabel('contact.fax'), { max: 30 }),
      department: text(creditorLabel('contact.department'), { max: 100 }),
      person: text(creditorLabel('contact.person'), { max: 100 }),
      /** 代表者 (代表取締役 …): a 時効援用通知 is addressed to the company's representative. */
      representative: laterText(creditorLabel('contact.representative'), { max: 100 }),
    })
    .default({ address: '', phone: '', fax: '', department: '', person: '' }),
  note: text(creditorLabel('note'), { max: 2000 }),
});

export const contractSchema = z.object({
  label: text(contractLabel('label'), { max: 100 }),
  kind: choice(contractLabel('kind'), contractKinds).default('loan'),
  /** 会員番号・契約番号 as the creditor knows the account. */
  contractNumber: laterText(contractLabel('contractNumber'), { max: 50 }),
  contractDate: optionalDate(contractLabel('contractDate')),
  contractRate: ratePercent(contractLabel('contractRate')).nullable().default(null),
  creditLimit: optionalYen(contractLabel('creditLimit')),
  claimedBalance: optionalYen(contractLabel('claimedBalance')),
  monthlyPayment: optionalYen(contractLabel('monthlyPayment')),
  dueDay: whole(contractLabel('dueDay'), 1, 31).nullable().default(null),
  lastPaymentDate: optionalDate(contractLabel('lastPaymentDate')),
  delinquent: z.boolean({ error: `${contractLabel('delinquent')}かどうかを選んでください` }).default(false),
  guarantorPerson: text(contractLabel('guarantorPerson'), { max: 100 }),
  collateral: text(contractLabel('collateral'), { max: 200 }),
  purpose: text(contractLabel('purpose'), { max: 200 }),
  recalcOptions: recalcOptionsSchema.default({}),
  limitation: limitationFactsSchema.default(() => limitationFactsSchema.parse({})),
  holder: contractHolderSchema,
  identityTheft: z.boolean({ error: `${contractLabel('identityTheft')}があるかを選んでください` }).default(false),
});

/**
 * Bounds on a history, not law: no consumer loan moves 10億円 in one transaction, and a history
 * longer than 200,000 rows is a wrong file, not a long relationship. Beyond them the input is refused.
 */
export const historyBounds = { rowAmount: 1_000_000_000, rows: 200_000 } as const;

const rowAmount = (label: string) =>
  yen(label)
    .max(historyBounds.rowAmount, { error: `${label}が大きすぎます(1行あたり10億円まで)` })
    .default(0);

export const transactionSchema = z.object({
  date: date('取引日'),
  borrow: rowAmount('借入'),
  repay: rowAmount('返済'),
  rate: ratePercent('利率').nullable().default(null),
  note: text('備考', { max: 500 }),
  estimated: z.boolean().default(false),
});

export const transactionsSchema = z
  .array(transactionSchema, { error: '取引履歴は行の一覧で送ってください' })
  .max(historyBounds.rows, { error: `取引履歴は${historyBounds.rows.toLocaleString('ja-JP')}行までです` })
  .superRefine((rows, context) => {
    for (const problem of transactionProblems(rows)) {
      context.addIssue({ code: 'custom', path: [problem.index, problem.field], message: messageText(problem.code, problem.params) });
    }
  });

/** Rows dated after today (a transaction cannot have happened yet), as field problems. */
export function futureDatedRows(rows: readonly { date: string }[], today: string): FieldProblem[] {
  return rows.flatMap((row, index) => {
    const problem = futureDateProblem(row.date, today);
    return problem ? [{ path: [index, problem.field], message: messageText(problem.code, problem.params) }] : [];
  });
}

export type Debtor = z.infer<typeof debtorSchema>;
export type Budget = z.infer<typeof budgetSchema>;
export type Assets = z.infer<typeof assetsSchema>;
export type CreditorInput = z.infer<typeof creditorSchema>;
export type ContractInput = z.infer<typeof contractSchema>;
export type TransactionInput = z.infer<typeof transactionSchema>;
export type RecalcOptionsInput = z.infer<typeof recalcOptionsSchema>;

/** An office's written fee quote for 任意整理 (compared on the case in the diagnosis). */
export const feeQuoteSchema = z.object({
  office: text('事務所名', { max: 100, required: true }),
  profession: choice('資格', ['lawyer', 'scrivener'] as const),
  retainerPerCreditor: yen('着手金').default(0),
  successFeePerCreditor: yen('解決報酬').default(0),
  reductionFeePercent: ratePercent('減額報酬').default('0'),
  refundFeePercent: ratePercent('過払金報酬').default('0'),
  refundFeePercentLawsuit: ratePercent('過払金報酬(訴訟)').default('0'),
  remittanceFeePerPayment: yen('送金代行手数料').default(0),
  expenses: yen('実費').default(0),
  taxIncluded: z.boolean().default(false),
});

export type FeeQuoteInput = z.infer<typeof feeQuoteSchema>;
