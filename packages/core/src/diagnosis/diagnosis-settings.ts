// The knobs of the diagnosis a user can turn (plan designer sliders, safety margin, court practice),
// validated the same way by the API, the CLI and the web page.
import { z } from 'zod';
import { yen } from '../case/fields.js';
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
});

export type DiagnosisSettings = z.infer<typeof diagnosisSettingsSchema>;

export function planSettingsOf(settings: DiagnosisSettings): Partial<PlanSettings> {
  return {
    installments: settings.installments,
    maxInstallments: settings.maxInstallments,
    floor: settings.floor,
    remainder: settings.remainder,
  };
}
