// wakai prepare CASE --creditor NAME: the preparation sheet before contacting one creditor, as a
// table (text to read on the phone) or JSON.
import { formatYenWithUnit as yen } from '@wakai/core';
import { creditorPreparation } from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withServices } from './command-services.js';
import { creditorNamed } from './creditor-named.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  format: { type: 'string' },
  creditor: { type: 'string' },
  today: { type: 'string' },
} as const;

const signed = (amount: number) => (amount === 0 ? '±0円' : amount > 0 ? `+${yen(amount)}` : `−${yen(-amount)}`);

export async function runPrepare(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  const format = values.format ?? 'table';
  if (!['table', 'json'].includes(format)) throw new CliError('--format は table / json のどれかです', '--format takes table or json');
  if (positionals.length !== 1 || !values.creditor)
    throw new CliError('案件と債権者を指定してください(wakai prepare 案件 --creditor 債権者名)', 'give a case and --creditor NAME');
  const wanted = values.creditor;
  const result = await withServices(values, async (ctx, owner) => {
    const creditor = await creditorNamed(ctx, owner, { caseName: positionals[0] as string, wanted });
    return creditorPreparation(ctx, { user: owner, creditorId: creditor.id });
  });
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const { sheet } = result;
  const o = sheet.opening;
  const lines = [
    `交渉の準備シート: ${sheet.creditorName}(${result.today})`,
    `請求額 ${sheet.debt.claimed === null ? '不明' : yen(sheet.debt.claimed)} → 交渉の基準額 ${yen(sheet.debt.recalculated)}(${sheet.debt.label})`,
    ...sheet.debt.why.map((w) => `  ・${w}`),
    `この債権者に回せる額: 毎月 ${yen(sheet.budget.share)}(全体 ${yen(sheet.budget.sustainable)} の按分)`,
    '',
    ...(o === null
      ? [
          '時効の確認(提案はしません):',
          ...(sheet.timeBarred?.summary ?? []).map((t) => `  ・${t}`),
          ...(sheet.timeBarred?.questions ?? []).map((q) => `  ? ${q}`),
          `  → ${sheet.timeBarred?.wayForward ?? ''}`,
        ]
      : [
          `最初の提案: ${yen(o.amount)}(${sheet.debt.label}・将来利息なし)を ${o.installments}回、毎月 ${yen(o.monthly)}${o.last !== o.monthly ? `(最終回 ${yen(o.last)})` : ''}`,
          '断られたときの譲歩:',
          ...sheet.ladder.map(
            (s, i) =>
              `  ${i + 1}. ${s.label}: ${s.terms.installments}回 × ${yen(s.terms.monthly)}${s.terms.bonus > 0 ? `+ボーナス月 ${yen(s.terms.bonus)}` : ''}(総額 ${signed(s.cost)}、毎月 ${signed(s.monthlyChange)})${s.fitsShare ? '' : ' ※回せる額を超えます'}`,
          ),
        ]),
    `  ここまで: ${sheet.limit}`,
    '',
    `${sheet.tendencies.kindLabel}の傾向:`,
    ...sheet.tendencies.tendencies.map((t) => `  ・${t.text}(出典: ${t.source})`),
    '話のポイント:',
    ...sheet.talkingPoints.map((p) => `  ・${p}`),
    '電話で言うこと:',
    ...sheet.script.say.map((s, i) => `  ${i + 1}. ${s}`),
    '言わない・しないこと:',
    ...sheet.script.avoid.map((s) => `  ・${s}`),
    '書き留めること:',
    ...sheet.script.record.map((s) => `  □ ${s}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
