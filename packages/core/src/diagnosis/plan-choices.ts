// What a user turns on the diagnosis page (and what the API and the CLI take as settings), as one
// value: the plan by a number of installments or by a monthly amount split pro rata, bonus months,
// future interest, the start month per creditor, the safety margin, the overpayment's route.
import type { Yen } from '../money.js';
import type { DiagnosisSettings } from './diagnosis-settings.js';
import { planSettingsOf } from './diagnosis-settings.js';
import { type Diagnosis, type DiagnosisInput, diagnose } from './procedure-comparison.js';

export interface PlanChoices extends DiagnosisSettings {
  /** By a number of installments, or by a monthly amount split across creditors (按分). */
  mode: 'installments' | 'amount';
  /** The monthly amount, in `amount` mode. */
  monthlyAmount: Yen;
  /** Added in July and December (the usual bonus months), split across creditors. */
  bonus: Yen;
  /** 将来利息 as an annual percent text; '' for none (principal only). */
  futureInterestRate: string;
  /** A creditor's first payment month ('YYYY-MM') where it differs from the plan's. */
  startMonths: Record<string, string>;
}

/** The bonus months a plan adds to (July and December, when most bonuses are paid). */
export const bonusMonths = [7, 12] as const;

export function planChoicesOf(settings: DiagnosisSettings): PlanChoices {
  return { ...settings, mode: 'installments', monthlyAmount: 30_000, bonus: 0, futureInterestRate: '', startMonths: {} };
}

/** The diagnosis of a case's input under the choices (a bonus does not combine with future interest). */
export function diagnoseWithChoices(input: Omit<DiagnosisInput, 'plan' | 'safetyMargin'>, choices: PlanChoices): Diagnosis {
  const withInterest = choices.futureInterestRate !== '';
  return diagnose({
    ...input,
    plan: {
      ...planSettingsOf(choices),
      bonus: { months: [...bonusMonths], amount: withInterest ? 0 : choices.bonus },
      ...(withInterest ? { futureInterestRate: choices.futureInterestRate } : {}),
    },
    ...(choices.mode === 'amount' ? { monthlyAmount: choices.monthlyAmount } : {}),
    startMonths: choices.startMonths,
    safetyMargin: choices.safetyMargin,
    smallItemsKept: choices.smallItemsKept,
    overpaymentRoute: choices.overpaymentRoute,
    exclude: choices.exclude,
  });
}
