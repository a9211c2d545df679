// Which month of the household budget the overview and the diagnosis read: the monthly plan
// (毎月の目安) when any line of it is entered, else the latest recorded month (記録した月) with a
// line entered — so a debtor who filled only a recorded month does not see 月の収入 0円.
import type { BudgetMonth } from './budget.js';

export interface BudgetBasis {
  /** The month's lines the figures are read from. */
  month: BudgetMonth;
  /** 'YYYY-MM' of the recorded month read; null when the monthly plan is read (or nothing is entered). */
  recordedMonth: string | null;
  /** Japanese: which month the figures come from, shown beside them. */
  label: string;
}

const entered = (month: BudgetMonth) => Object.keys(month.income).length + Object.keys(month.spending).length > 0;

export function budgetBasis(budget: { monthly: BudgetMonth; months: readonly (BudgetMonth & { month: string })[] }): BudgetBasis {
  if (entered(budget.monthly)) return { month: budget.monthly, recordedMonth: null, label: '毎月の目安' };
  // 'YYYY-MM' strings sort as the months they name.
  const latest = budget.months.filter(entered).sort((a, b) => (a.month < b.month ? 1 : -1))[0];
  if (latest === undefined) return { month: budget.monthly, recordedMonth: null, label: '毎月の目安' };
  const [year, month] = latest.month.split('-');
  return {
    month: { income: latest.income, spending: latest.spending },
    recordedMonth: latest.month,
    label: `記録した月(${year}年${Number(month)}月)`,
  };
}
