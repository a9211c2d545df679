// The diagnosis of a case: its inputs (the web page recomputes them in the browser as sliders move)
// and the result for the given settings.
import { diagnose, diagnosisSettingsFromQuery, diagnosisSettingsSchema, planSettingsOf } from '@wakai/core';
import type { User } from '@wakai/db';
import { caseOf } from '../access.js';
import { AppError, checked } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { casePositions, diagnosisInputOf } from './case-figures.js';
import { recordsNamed } from './named-records.js';

export async function diagnoseCase(
  ctx: ServiceContext,
  { user, caseId, settings: given }: { user: User; caseId: string; settings: unknown },
) {
  const stored = await caseOf(ctx.db, user, caseId, 'debtor');
  const settings = checked(diagnosisSettingsSchema, given);
  // 経過利息 runs to today: the plan may include it when the settings ask.
  const positions = await casePositions(ctx, stored);
  const input = diagnosisInputOf(stored, positions);
  settings.exclude = excludedKeys(input.creditors, settings.exclude);
  const result = diagnose({
    ...input,
    exclude: settings.exclude,
    plan: planSettingsOf(settings),
    safetyMargin: settings.safetyMargin,
    smallItemsKept: settings.smallItemsKept,
    overpaymentRoute: settings.overpaymentRoute,
  });
  return { input, settings, result, positions: positions.positions, feeQuotes: stored.feeQuotes, version: stored.version };
}

/** The creditors to leave out, named by id or by name (as `wakai document` names them), as ids; an unknown or ambiguous one is refused by name. */
function excludedKeys(creditors: readonly { key: string; name: string }[], wanted: readonly string[]): string[] {
  return wanted.map((name) => {
    const byId = creditors.filter((c) => c.key === name);
    const found = byId.length === 1 ? byId : recordsNamed(creditors, name, (c) => c.name);
    if (found.length !== 1) {
      const message =
        found.length === 0
          ? `対象から外す債権者「${name}」がこの案件にありません`
          : `対象から外す債権者「${name}」に当たる債権者が${found.length}社あります(${found.map((c) => c.name).join('、')})。名前を詳しく指定してください`;
      throw new AppError('validation', message, { fields: [{ path: ['exclude'], message }] });
    }
    return (found[0] as { key: string }).key;
  });
}

/** The same from a URL's query (every value a text). */
export function diagnoseCaseFromQuery(ctx: ServiceContext, args: { user: User; caseId: string; query: Record<string, string> }) {
  return diagnoseCase(ctx, { user: args.user, caseId: args.caseId, settings: diagnosisSettingsFromQuery(args.query) });
}
