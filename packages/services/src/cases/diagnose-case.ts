// The diagnosis of a case: its inputs (the web page recomputes them in the browser as sliders move)
// and the result for the given settings.
import { diagnose, diagnosisSettingsFromQuery, diagnosisSettingsSchema, planSettingsOf } from '@wakai/core';
import type { User } from '@wakai/db';
import { caseOf } from '../access.js';
import { AppError, checked } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { creditorsWithFigures, diagnosisInputOf } from './case-figures.js';

export async function diagnoseCase(
  ctx: ServiceContext,
  { user, caseId, settings: given }: { user: User; caseId: string; settings: unknown },
) {
  const stored = await caseOf(ctx.db, user, caseId, 'debtor');
  const settings = checked(diagnosisSettingsSchema, given);
  const today = ctx.today();
  // 経過利息 runs to today: the plan may include it when the settings ask.
  const input = diagnosisInputOf(stored, await creditorsWithFigures(ctx, stored.id, today), today);
  settings.exclude = excludedKeys(input.creditors, settings.exclude);
  const result = diagnose({
    ...input,
    exclude: settings.exclude,
    plan: planSettingsOf(settings),
    safetyMargin: settings.safetyMargin,
    smallItemsKept: settings.smallItemsKept,
    overpaymentRoute: settings.overpaymentRoute,
  });
  return { input, settings, result, feeQuotes: stored.feeQuotes, version: stored.version };
}

/** The creditors to leave out, named by id or by name, as ids; an unknown one is refused by name. */
function excludedKeys(creditors: readonly { key: string; name: string }[], wanted: readonly string[]): string[] {
  return wanted.map((name) => {
    const found = creditors.find((c) => c.key === name) ?? creditors.find((c) => c.name === name);
    if (!found)
      throw new AppError('validation', `対象から外す債権者「${name}」がこの案件にありません`, {
        fields: [{ path: ['exclude'], message: `対象から外す債権者「${name}」がこの案件にありません` }],
      });
    return found.key;
  });
}

/** The same from a URL's query (every value a text). */
export function diagnoseCaseFromQuery(ctx: ServiceContext, args: { user: User; caseId: string; query: Record<string, string> }) {
  return diagnoseCase(ctx, { user: args.user, caseId: args.caseId, settings: diagnosisSettingsFromQuery(args.query) });
}
