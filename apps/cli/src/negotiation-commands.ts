// wakai negotiation CASE / wakai deadlines: where each creditor stands, and what is due, from the
// command line — as a table, JSON, or (deadlines) an iCalendar file.
import { breachKindLabels, type Deadline, deadlineKindLabels, formatYenWithUnit, isCivilDate } from '@wakai/core';
import {
  type CreditorNegotiation,
  caseNegotiation,
  deadlineGroups,
  deadlinesIcs,
  deadlinesOf,
  findCase,
  negotiationJson,
} from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withServices } from './command-services.js';
import { writeOutput } from './output-file.js';
import { positionFigureLines } from './position-lines.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  format: { type: 'string' },
  days: { type: 'string' },
  today: { type: 'string' },
  out: { type: 'string' },
} as const;

function parse(argv: string[], formats: readonly string[]) {
  const parsed = commandLine(argv, options);
  const { values } = parsed;
  const format = values.format ?? 'table';
  if (!formats.includes(format))
    throw new CliError(`--format は ${formats.join(' / ')} のどれかです`, `--format takes one of ${formats.join(', ')}`);
  if (values.today !== undefined && !isCivilDate(values.today))
    throw new CliError(`--today は YYYY-MM-DD の日付です: ${values.today}`, `--today takes a YYYY-MM-DD date: ${values.today}`);
  const days = Number(values.days ?? 60);
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw new CliError('--days は1〜3650の整数です', '--days takes a whole number from 1 to 3650');
  return { ...parsed, format, days };
}

export async function runNegotiation(argv: string[]): Promise<number> {
  const { values, positionals, format } = parse(argv, ['table', 'json']);
  if (positionals.length !== 1)
    throw new CliError('案件を1つ指定してください(wakai negotiation 案件)', 'give one case (wakai negotiation CASE)');
  const { today, creditors } = await withServices(values, async (ctx, owner) => {
    const stored = await findCase(ctx, { user: owner, wanted: positionals[0] as string });
    return { today: ctx.today(), creditors: await caseNegotiation(ctx, stored, ctx.today()) };
  });
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ today, creditors: creditors.map(negotiationJson) }, null, 2)}\n`);
    return 0;
  }
  const lines = [`交渉の状況(${today} 時点)`];
  for (const { creditor, view, context, coach, stored, position } of creditors) {
    const current = view.timeline[view.timeline.length - 1];
    lines.push(
      '',
      `■ ${creditor.name}: ${view.label}${current ? `(${current.from}から${current.days}日${current.overdue ? `、目安${current.norm}日超` : ''})` : ''}`,
    );
    lines.push(...positionFigureLines(position));
    lines.push(...coachLines(coach));
    const offer = view.offers[view.offers.length - 1];
    if (offer) {
      lines.push(
        `  最新の和解案: ${offer.installments}回 × ${formatYenWithUnit(offer.monthly)}(総支払額 ${formatYenWithUnit(offer.judgement.totalPayable)}、按分できる額 ${formatYenWithUnit(context.share)})`,
      );
      for (const check of offer.judgement.checks.filter((c) => c.level === 'warn' || c.level === 'bad')) lines.push(`    ⚠ ${check.text}`);
    }
    const payments = view.payments;
    if (payments) {
      lines.push(
        `  返済: ${formatYenWithUnit(payments.paid)} / ${formatYenWithUnit(payments.scheduled)}${payments.missed > 0 ? `、${payments.missed}回 ${formatYenWithUnit(payments.arrears)} の遅れ` : ''}`,
      );
      const a = payments.acceleration;
      if (a?.state === 'accelerated') lines.push(`    ✗ ${a.on} に期限の利益を失いました(残り ${formatYenWithUnit(a.balance)})`);
      if (a?.state === 'countdown' && payments.missed > 0)
        lines.push(`    ⚠ あと${a.daysLeft}日(${a.on})までに ${formatYenWithUnit(a.toCure)} を払わないと期限の利益を失います`);
    }
    // A creditor not keeping the agreement: each open breach and the deadline its demand gave.
    for (const breach of stored.breaches.filter((b) => b.resolvedOn === null))
      lines.push(
        `  ✗ 和解の不履行: ${breachKindLabels[breach.kind]}(${breach.occurredOn})${breach.demandDeadline ? `、履行請求の期限 ${breach.demandDeadline}` : ''}`,
      );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** 時効 status, collection after the notice, and the coach's warnings on the latest contact. */
function coachLines(coach: CreditorNegotiation['coach']): string[] {
  const lines = coach.limitation
    .filter((k) => k.limitation.status !== 'not-applicable')
    .flatMap((k) => [
      `  ${k.limitation.status === 'running' ? '' : '⚠ '}時効: ${k.label} ${k.summary}`,
      ...k.questions.map((q) => `    ? ${q}`),
      ...(k.limitation.status === 'running'
        ? []
        : ['    支払い・支払いの約束・減額や分割のお願いの前に、時効援用を検討してください(民法145条・152条1項)']),
    ]);
  if (coach.violations > 0) lines.push(`  ✗ 受任通知後の取立て: ${coach.violations}件(事務所に報告してください)`);
  const latest = Object.values(coach.contacts)[0] ?? [];
  for (const w of latest.filter((x) => x.code !== 'limitation-passed')) lines.push(`  ⚠ 最新の連絡: ${w.title} — ${w.todo}`);
  return lines;
}

export async function runDeadlines(argv: string[]): Promise<number> {
  const { values, positionals, format, days } = parse(argv, ['table', 'json', 'ics']);
  const { groups, ics } = await withServices(values, async (ctx, owner) => {
    const caseId = positionals.length === 0 ? undefined : (await findCase(ctx, { user: owner, wanted: positionals[0] as string })).id;
    const grouped = deadlineGroups(await deadlinesOf(ctx, { user: owner, ...(caseId ? { caseId } : {}) }), ctx.today(), days);
    return { groups: grouped, ics: deadlinesIcs(ctx, [...grouped.overdue, ...grouped.dueToday, ...grouped.thisWeek, ...grouped.later]) };
  });
  const today = groups.today;
  let output: string;
  if (format === 'ics') output = ics;
  else if (format === 'json') output = `${JSON.stringify(groups, null, 2)}\n`;
  else {
    const section = (title: string, list: Deadline[]) => [
      `${title}(${list.length}件)`,
      ...list.map((d) => `  ${d.date}  ${deadlineKindLabels[d.kind]}  ${d.caseTitle} / ${d.creditorName}: ${d.title}`),
    ];
    output = `${[
      `期限(${today} 時点、${days}日先まで)`,
      ...section('期限を過ぎたもの', groups.overdue),
      ...section('今日', groups.dueToday),
      ...section('7日以内', groups.thisWeek),
      ...section('その後', groups.later),
    ].join('\n')}\n`;
  }
  writeOutput([output], values.out);
  return 0;
}
