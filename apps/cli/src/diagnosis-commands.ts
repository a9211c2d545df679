// wakai plan CASE / wakai compare CASE: the diagnosis from the command line, as a table or JSON.
import { parseArgs } from 'node:util';
import {
  diagnose,
  diagnosisCreditors,
  diagnosisSettingsSchema,
  fieldProblems,
  formatYenWithUnit,
  type HistoryFigures,
  historyFigures,
  monthsApart,
  planSettingsOf,
  planVerdictText,
} from '@wakai/core';
import { listCreditorsWithContracts, listTransactions } from '@wakai/db';
import { findCase, withDatabase } from './case-commands.js';
import { CliError } from './cli-error.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  format: { type: 'string' },
  installments: { type: 'string' },
  margin: { type: 'string' },
  floor: { type: 'string' },
  today: { type: 'string' },
} as const;

async function diagnosisOf(argv: string[]) {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`引数が正しくありません: ${(error as Error).message}`, `bad arguments: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliError('案件を1つ指定してください', 'give one case');
  const settings = diagnosisSettingsSchema.safeParse({
    ...(values.installments ? { installments: Number(values.installments) } : {}),
    ...(values.margin ? { safetyMargin: Number(values.margin) } : {}),
    ...(values.floor ? { floor: Number(values.floor) } : {}),
  });
  if (!settings.success) {
    const problems = fieldProblems(settings.error);
    throw new CliError(problems.map((p) => p.message).join(' / '), problems.map((p) => `${p.path.join('.')}: ${p.message}`).join(' / '));
  }
  const today = values.today ?? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const diagnosis = await withDatabase(values.data, async (db) => {
    const stored = await findCase(db, positionals[0] as string, values.owner);
    const creditors = await listCreditorsWithContracts(db, stored.id);
    const histories = await listTransactions(
      db,
      creditors.flatMap((c) => c.contracts.map((k) => k.id)),
    );
    const withFigures = creditors.map((cr) => ({
      ...cr,
      contracts: cr.contracts.map((k) => ({
        ...k,
        history: historyFigures(histories.get(k.id) ?? [], k.recalcOptions, today) as HistoryFigures,
      })),
    }));
    return diagnose({
      today,
      debtor: stored.debtor,
      budget: stored.budget,
      assets: stored.assets,
      creditors: diagnosisCreditors(withFigures),
      plan: planSettingsOf(settings.data),
      safetyMargin: settings.data.safetyMargin,
      smallItemsKept: settings.data.smallItemsKept,
    });
  });
  return { diagnosis, format: values.format ?? 'table' };
}

export async function runPlan(argv: string[]): Promise<number> {
  const { diagnosis, format } = await diagnosisOf(argv);
  const { plan, affordability } = diagnosis;
  const apart = monthsApart(plan);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ affordability, plan }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `任意整理の返済計画(${plan.installments}回)`,
    ...plan.creditors.map(
      (c) =>
        `  ${c.name}: ${formatYenWithUnit(c.debt)} を ${c.installments}回、毎月 ${formatYenWithUnit(c.monthly)}(初回 ${c.payments[0]?.month})`,
    ),
    `毎月の返済 ${formatYenWithUnit(plan.regularMonthly)}${apart.first ? `(初回 ${formatYenWithUnit(apart.first.total)})` : ''}${apart.last ? `(最終回 ${formatYenWithUnit(apart.last.total)})` : ''} / 返済に回せる額 ${formatYenWithUnit(affordability.sustainable)}`,
    `→ ${planVerdictText(plan)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export async function runCompare(argv: string[]): Promise<number> {
  const { diagnosis, format } = await diagnosisOf(argv);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(diagnosis, null, 2)}\n`);
    return 0;
  }
  const lines = ['手続の比較(試算です。法律上の助言ではありません)'];
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
