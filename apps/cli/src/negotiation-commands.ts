// wakai negotiation CASE / wakai deadlines: where each creditor stands, and what is due, from the
// command line — as a table, JSON, or (deadlines) an iCalendar file.
import { parseArgs } from 'node:util';
import { type Deadline, deadlineKindLabels, formatYenWithUnit, groupDeadlines, isCivilDate } from '@wakai/core';
import { deadlinesCalendar } from '@wakai/documents';
import { caseNegotiation, deadlinesOfOwner, historyFiguresCache, todayInJapan } from '@wakai/server';
import { findCase, ownerOf, withDatabase } from './case-commands.js';
import { CliError } from './cli-error.js';
import { writeOutput } from './output-file.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  format: { type: 'string' },
  days: { type: 'string' },
  today: { type: 'string' },
  out: { type: 'string' },
} as const;

function parse(argv: string[], formats: readonly string[]) {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`引数が正しくありません: ${(error as Error).message}`, `bad arguments: ${(error as Error).message}`);
  }
  const { values } = parsed;
  const format = values.format ?? 'table';
  if (!formats.includes(format))
    throw new CliError(`--format は ${formats.join(' / ')} のどれかです`, `--format takes one of ${formats.join(', ')}`);
  const today = values.today ?? todayInJapan();
  if (!isCivilDate(today)) throw new CliError(`--today は YYYY-MM-DD の日付です: ${today}`, `--today takes a YYYY-MM-DD date: ${today}`);
  const days = Number(values.days ?? 60);
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw new CliError('--days は1〜3650の整数です', '--days takes a whole number from 1 to 3650');
  return { ...parsed, format, today, days };
}

export async function runNegotiation(argv: string[]): Promise<number> {
  const { values, positionals, format, today } = parse(argv, ['table', 'json']);
  if (positionals.length !== 1)
    throw new CliError('案件を1つ指定してください(wakai negotiation 案件)', 'give one case (wakai negotiation CASE)');
  const creditors = await withDatabase(values.data, async (db) => {
    const stored = await findCase(db, positionals[0] as string, values.owner);
    return caseNegotiation(db, stored, today, historyFiguresCache());
  });
  if (format === 'json') {
    const json = creditors.map(({ creditor: { contracts: _, ...creditor }, stored, context, view, deadlines }) => ({
      creditor,
      record: stored,
      context,
      view,
      deadlines,
    }));
    process.stdout.write(`${JSON.stringify({ today, creditors: json }, null, 2)}\n`);
    return 0;
  }
  const lines = [`交渉の状況(${today} 時点)`];
  for (const { creditor, view, context } of creditors) {
    const current = view.timeline[view.timeline.length - 1];
    lines.push(
      '',
      `■ ${creditor.name}: ${view.label}${current ? `(${current.from}から${current.days}日${current.overdue ? `、目安${current.norm}日超` : ''})` : ''}`,
    );
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
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export async function runDeadlines(argv: string[]): Promise<number> {
  const { values, positionals, format, today, days } = parse(argv, ['table', 'json', 'ics']);
  const deadlines = await withDatabase(values.data, async (db) => {
    const figuresFor = historyFiguresCache();
    if (positionals.length === 0) return deadlinesOfOwner(db, (await ownerOf(db, values.owner)).id, today, figuresFor);
    const stored = await findCase(db, positionals[0] as string, values.owner);
    return (await caseNegotiation(db, stored, today, figuresFor)).flatMap((c) => c.deadlines).sort((a, b) => a.date.localeCompare(b.date));
  });
  const groups = groupDeadlines(deadlines, today, days);
  let output: string;
  if (format === 'ics') output = deadlinesCalendar([...groups.overdue, ...groups.today, ...groups.thisWeek, ...groups.later], new Date());
  else if (format === 'json')
    output = `${JSON.stringify({ today, days, overdue: groups.overdue, dueToday: groups.today, thisWeek: groups.thisWeek, later: groups.later }, null, 2)}\n`;
  else {
    const section = (title: string, list: Deadline[]) => [
      `${title}(${list.length}件)`,
      ...list.map((d) => `  ${d.date}  ${deadlineKindLabels[d.kind]}  ${d.caseTitle} / ${d.creditorName}: ${d.title}`),
    ];
    output = `${[
      `期限(${today} 時点、${days}日先まで)`,
      ...section('期限を過ぎたもの', groups.overdue),
      ...section('今日', groups.today),
      ...section('7日以内', groups.thisWeek),
      ...section('その後', groups.later),
    ].join('\n')}\n`;
  }
  writeOutput([output], values.out);
  return 0;
}
