// 家計収支表: the court format's income and spending items (docs/law/practice.md, "Standard
// documents"), and the monthly amount left for repayments.
import type { Yen } from '../money.js';

export const incomeItems = {
  carriedOver: '前月繰越',
  salaryApplicant: '給与(申立人)',
  salarySpouse: '給与(配偶者)',
  salaryOthers: '給与(その他の同居人)',
  bonus: '賞与',
  pension: '年金',
  unemploymentInsurance: '雇用保険',
  welfare: '生活保護',
  childAllowance: '児童手当',
  childRearingAllowance: '児童扶養手当',
  childSupport: '養育費',
  familySupport: '親族からの援助',
  businessIncome: '事業収入',
  borrowing: '借入',
  otherIncome: 'その他の収入',
} as const;

export const spendingItems = {
  rent: '住居費(家賃・地代・住宅ローン)',
  parking: '駐車場代',
  fuel: 'ガソリン代',
  commuting: '交通費',
  utilities: '水道光熱費',
  phone: '通信費(電話・インターネット)',
  food: '食費',
  eatingOut: '外食費',
  clothing: '被服費',
  medical: '医療費',
  education: '教育費',
  remittances: '仕送り',
  books: '新聞・書籍',
  social: '交際費',
  entertainment: '娯楽費',
  businessCosts: '事業経費',
  insurance: '保険料',
  taxes: '税金・社会保険料',
  misc: '雑費',
  loanRepayments: '借金の返済',
  carriedForward: '翌月繰越',
} as const;

export type IncomeItem = keyof typeof incomeItems;
export type SpendingItem = keyof typeof spendingItems;
export type IncomeAmounts = Partial<Record<IncomeItem, Yen>>;
export type SpendingAmounts = Partial<Record<SpendingItem, Yen>>;

export interface BudgetMonth {
  income: IncomeAmounts;
  spending: SpendingAmounts;
}

/** Not earned that month: money carried over and new borrowing. */
const notEarned: readonly IncomeItem[] = ['carriedOver', 'borrowing'];
/** Not living costs: today's loan repayments (what a settlement replaces) and money carried forward. */
const notLiving: readonly SpendingItem[] = ['loanRepayments', 'carriedForward'];

export interface BudgetSummary {
  /** Income earned in the month (without 前月繰越 and 借入). */
  income: Yen;
  /** Living costs (without 借金の返済 and 翌月繰越). */
  livingCosts: Yen;
  /** What today's creditors are paid. */
  loanRepayments: Yen;
  /** income − livingCosts: what is left each month to repay debts (negative: a shortfall). */
  available: Yen;
  /** The court format must balance: all income (with 繰越 and 借入) − all spending (with 返済 and 翌月繰越). */
  imbalance: Yen;
  /** Every income item, 繰越 and 借入 included (the court format's 収入合計). */
  totalIncome: Yen;
  /** Every spending item, 返済 and 翌月繰越 included (the court format's 支出合計). */
  totalSpending: Yen;
}

export function summarizeBudget(month: BudgetMonth): BudgetSummary {
  let income = 0;
  let allIncome = 0;
  for (const [item, amount] of Object.entries(month.income) as [IncomeItem, Yen][]) {
    allIncome += amount;
    if (!notEarned.includes(item)) income += amount;
  }
  let livingCosts = 0;
  let allSpending = 0;
  for (const [item, amount] of Object.entries(month.spending) as [SpendingItem, Yen][]) {
    allSpending += amount;
    if (!notLiving.includes(item)) livingCosts += amount;
  }
  return {
    income,
    livingCosts,
    loanRepayments: month.spending.loanRepayments ?? 0,
    available: income - livingCosts,
    imbalance: allIncome - allSpending,
    totalIncome: allIncome,
    totalSpending: allSpending,
  };
}

/** An amount no household is likely to have meant: a typo is asked about before it is saved. */
export interface ImplausibleAmount {
  group: 'income' | 'spending';
  item: IncomeItem | SpendingItem;
  amount: Yen;
  /** Japanese: why it is asked about. */
  reason: string;
}

/** Ten digits (1,000,000,000円 and more) in one household line is a typo far more often than a fact. */
const TEN_DIGITS: Yen = 1_000_000_000;

/**
 * The lines of a month worth a second look: any line of ten digits, and a spending line above the
 * month's whole income (繰越 and 借入 included) when some income is entered.
 */
export function implausibleBudgetAmounts(month: BudgetMonth): ImplausibleAmount[] {
  const { totalIncome } = summarizeBudget(month);
  const found: ImplausibleAmount[] = [];
  for (const [item, amount] of Object.entries(month.income) as [IncomeItem, Yen][]) {
    if (amount >= TEN_DIGITS) found.push({ group: 'income', item, amount, reason: '10桁の金額です' });
  }
  for (const [item, amount] of Object.entries(month.spending) as [SpendingItem, Yen][]) {
    if (amount >= TEN_DIGITS) found.push({ group: 'spending', item, amount, reason: '10桁の金額です' });
    else if (totalIncome > 0 && amount > totalIncome && item !== 'carriedForward') {
      found.push({ group: 'spending', item, amount, reason: `収入の合計(${totalIncome.toLocaleString('ja-JP')}円)を超えています` });
    }
  }
  return found;
}
