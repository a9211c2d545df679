// wakai status CASE --creditor NAME [--undo]: a creditor's steps so far, those taken back and the
// steps open from here (they follow who acts); --undo takes the last step back (issue 18 #9). The
// step is not erased: it stays listed as undone, and the undo is in the 変更履歴 (wakai audit).
import { negotiationStatusLabels } from '@wakai/core';
import { creditorNegotiationFile, undoCreditorStatus } from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withServices } from './command-services.js';
import { creditorNamed } from './creditor-named.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  creditor: { type: 'string' },
  undo: { type: 'boolean' },
  today: { type: 'string' },
} as const;

export async function runStatus(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  if (positionals.length !== 1 || !values.creditor)
    throw new CliError('案件と債権者を指定してください(wakai status 案件 --creditor 債権者名)', 'give a case and --creditor NAME');
  const wanted = values.creditor;
  const { file, undone } = await withServices(values, async (ctx, owner) => {
    const creditor = await creditorNamed(ctx, owner, { caseName: positionals[0] as string, wanted });
    const before = await creditorNegotiationFile(ctx, { user: owner, creditorId: creditor.id });
    const last = before.view.timeline[before.view.timeline.length - 1];
    if (values.undo) await undoCreditorStatus(ctx, { user: owner, creditorId: creditor.id, input: { version: before.creditor.version } });
    const file = values.undo ? await creditorNegotiationFile(ctx, { user: owner, creditorId: creditor.id }) : before;
    return { file, undone: values.undo ? last : undefined };
  });
  const lines: string[] = [];
  if (undone) lines.push(`「${undone.label}」(${undone.from})を取り消しました / the step was taken back (kept in the history)`, '');
  lines.push(`${file.creditor.name}: ${file.view.label}(${file.today} 時点)`);
  for (const step of file.view.timeline) lines.push(`  ${step.label}  ${step.from}〜${step.to ?? '現在'}(${step.days}日)`);
  for (const step of file.record.undone)
    lines.push(`  (取り消し) ${negotiationStatusLabels[step.status]}  ${step.date} — ${step.undoneOn} に取り消し`);
  const open = file.view.next.map((n) => `${n.label}${n.problem ? '(条件未達)' : ''}`);
  lines.push(`次に進める段階: ${open.length > 0 ? open.join('・') : 'なし(交渉は終わっています)'}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
