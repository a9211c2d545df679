// wakai plan CASE / wakai compare CASE: the diagnosis from the command line, as a table or JSON.
import { diagnosisSettingsSchema, formatYenWithUnit, monthsApart, planVerdictText, routeCosts } from '@wakai/core';
import { checked, diagnoseCase, findCase } from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withServices } from './command-services.js';
import { positionFigureLines, positionLimitationLines } from './position-lines.js';
import { statusQuoLines } from './status-quo-lines.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  format: { type: 'string' },
  installments: { type: 'string' },
  margin: { type: 'string' },
  floor: { type: 'string' },
  today: { type: 'string' },
  /** A creditor (name or id) left out of the 任意整理 plan; may be given more than once. */
  exclude: { type: 'string', multiple: true },
} as const;

/** The flags as the diagnosis settings (a number that does not read is left as it is: the schema names it). */
const numberFlag = (text: string | undefined) => (text === undefined ? undefined : /^\d+$/.test(text) ? Number(text) : text);

async function diagnosisOf(argv: string[]) {
  const { values, positionals } = commandLine(argv, options);
  if (positionals.length !== 1) throw new CliError('案件を1つ指定してください', 'give one case');
  // Checked before the database is opened: a wrong flag is named whatever the case.
  const settings = checked(
    diagnosisSettingsSchema,
    Object.fromEntries(
      Object.entries({
        installments: numberFlag(values.installments),
        safetyMargin: numberFlag(values.margin),
        floor: numberFlag(values.floor),
        exclude: values.exclude,
      }).filter(([, value]) => value !== undefined),
    ),
  );
  const { result, input, feeQuotes, positions } = await withServices(values, async (ctx, owner) => {
    const stored = await findCase(ctx, { user: owner, wanted: positionals[0] as string });
    return diagnoseCase(ctx, { user: owner, caseId: stored.id, settings });
  });
  const costs = routeCosts(result, result.statusQuo, feeQuotes, input.creditors, input.today);
  return { diagnosis: result, costs, positions, format: values.format ?? 'table' };
}

export async function runPlan(argv: string[]): Promise<number> {
  const { diagnosis, format, positions } = await diagnosisOf(argv);
  const { plan, affordability } = diagnosis;
  const apart = monthsApart(plan);
  if (format === 'json') {
    const { excluded, leftOut, suggestedInstallments, budgetBasis } = diagnosis;
    const json = { affordability, budgetBasis, plan, excluded, leftOut, suggestedInstallments, positions };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `任意整理の返済計画(${plan.installments}回)`,
    ...plan.creditors.map(
      (c) =>
        `  ${c.name}: ${formatYenWithUnit(c.debt)} を ${c.installments}回、毎月 ${formatYenWithUnit(c.monthly)}(初回 ${c.payments[0]?.month})`,
    ),
    `毎月の返済 ${formatYenWithUnit(plan.regularMonthly)}${apart.first ? `(初回 ${formatYenWithUnit(apart.first.total)})` : ''}${apart.last ? `(最終回 ${formatYenWithUnit(apart.last.total)})` : ''} / 返済に回せる額 ${formatYenWithUnit(affordability.sustainable)}(家計収支表の${diagnosis.budgetBasis.label}から)`,
    `→ ${planVerdictText(plan)}`,
    ...(diagnosis.suggestedInstallments === null ? [] : [`予算に収まる最も少ない回数: ${diagnosis.suggestedInstallments}回`]),
    ...diagnosis.excluded.map(
      (c) => `対象外: ${c.name}(今のまま毎月 ${formatYenWithUnit(c.monthlyPayment)} を払い続けます。返済に回せる額はその残りです)`,
    ),
    ...(diagnosis.excluded.length > 0
      ? [`和解案に回せる額: 毎月 ${formatYenWithUnit(Math.max(0, affordability.sustainable - diagnosis.excludedStatusQuo.monthly))}`]
      : []),
    ...diagnosis.leftOut.map((c) => {
      const base = positions.find((p) => p.creditorId === c.key)?.settlementBase;
      return `按分に含めない: ${c.name}${base === undefined ? '' : `(${formatYenWithUnit(base)})`} — ${c.text}`;
    }),
    '',
    `債権者ごとの債務(${positions[0]?.on ?? ''} 時点)`,
    ...positions.flatMap((p) => [`■ ${p.name}`, ...positionFigureLines(p), ...positionLimitationLines(p)]),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export async function runCompare(argv: string[]): Promise<number> {
  const { diagnosis, costs, format } = await diagnosisOf(argv);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ ...diagnosis, costs }, null, 2)}\n`);
    return 0;
  }
  const lines = ['手続の比較(試算です。法律上の助言ではありません)', '', ...statusQuoLines(costs)];
  for (const row of diagnosis.rows) {
    lines.push(
      '',
      `■ ${row.label}`,
      `  毎月 ${row.monthly === null ? '—' : formatYenWithUnit(row.monthly)} / 合計 ${row.total === null ? '—' : formatYenWithUnit(row.total)} / 期間 ${row.months === null ? '—' : `${row.months}か月`}`,
      ...(row.netTotal === null
        ? []
        : [`  差し引きの負担 ${row.netTotal < 0 ? `${formatYenWithUnit(-row.netTotal)} 戻る見込み` : formatYenWithUnit(row.netTotal)}`]),
      ...row.reasons.map((reason) => `  ・${reason}`),
      `  根拠: ${row.sources.join(' / ')}`,
    );
  }
  if (diagnosis.risks.length > 0)
    lines.push('', '注意すること', ...diagnosis.risks.map((r) => `  ・${r.subject}: ${r.message}(根拠: ${r.source})`));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
