// The knobs of the diagnosis a user can turn (plan designer sliders, safety margin, court practice),
// validated the same way by the API, the CLI and the web page.
import { z } from 'zod';
import { yen } from '../case/fields.js';
import { queryValues } from '../case/query-values.js';
import type { PlanSettings } from '../plan/settlement-plan.js';

export const diagnosisSettingsSchema = z.object({
  installments: z
    .number({ error: '返済回数を数字で入力してください' })
    .int()
    .min(1, { error: '返済回数は1回以上にしてください' })
    .max(120, { error: '返済回数は120回以下にしてください' })
    .default(36),
  maxInstallments: z.number().int().min(1).max(120).default(60),
  safetyMargin: yen('生活の予備費').default(0),
  floor: yen('1社あたりの最低額').default(0),
  remainder: z.enum(['first', 'last'], { error: '端数を払う回を選んでください' }).default('first'),
  smallItemsKept: z.boolean().default(false),
  includeAccruedInterest: z.boolean().default(false),
  /** How an overpayment claim is expected to be recovered (the fee cap taken off it differs). */
  overpaymentRoute: z.enum(['out-of-court', 'lawsuit'], { error: '過払金の回収の方法を選んでください' }).default('out-of-court'),
  /** Creditors (ids or names) left out of the 任意整理 plan. */
  exclude: z.array(z.string().max(100), { error: '対象から外す債権者を一覧で指定してください' }).max(100).default([]),
});

/** The settings as a URL's query gives them (every value a text). */
export function diagnosisSettingsFromQuery(query: Record<string, string>) {
  const { exclude, ...rest } = query;
  return {
    ...queryValues(rest, {
      numbers: ['installments', 'maxInstallments', 'safetyMargin', 'floor'],
      flags: ['smallItemsKept', 'includeAccruedInterest'],
    }),
    // Several creditors as one text: ?exclude=ID1,ID2
    ...(exclude ? { exclude: exclude.split(',').filter((part) => part !== '') } : {}),
  };
}

export type DiagnosisSettings = z.infer<typeof diagnosisSettingsSchema>;

export function planSettingsOf(settings: DiagnosisSettings): Partial<PlanSettings> {
  return {
    installments: settings.installments,
    maxInstallments: settings.maxInstallments,
    floor: settings.floor,
    remainder: settings.remainder,
    includeAccruedInterest: settings.includeAccruedInterest,
  };
}
