// wakai audit CASE: who changed what in the case, newest first — as a table or JSON.
import { auditActionLabels, auditKindLabels, fieldLabel, valueLabel } from '@wakai/core';
import { caseAudit, findCase } from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withServices } from './command-services.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  format: { type: 'string' },
  limit: { type: 'string' },
} as const;

const inJapan = (iso: string) => new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'medium' });

export async function runAudit(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new CliError('--format は table / json のどれかです', '--format takes table or json');
  if (positionals.length !== 1) throw new CliError('案件を1つ指定してください(wakai audit 案件)', 'give one case (wakai audit CASE)');
  const page = await withServices(values, async (ctx, owner) => {
    const stored = await findCase(ctx, { user: owner, wanted: positionals[0] as string });
    return caseAudit(ctx, { user: owner, caseId: stored.id, query: { limit: values.limit ?? '50' } });
  });
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(page)}\n`);
    return 0;
  }
  const lines: string[] = [];
  for (const entry of page.entries) {
    const action = auditActionLabels[entry.action] ?? entry.action;
    const kind = auditKindLabels[entry.entityKind] ?? entry.entityKind;
    lines.push(`${inJapan(entry.at)}  ${entry.actorName}  ${action} ${kind} ${entry.label}`);
    for (const change of entry.changes)
      lines.push(
        `    ${fieldLabel(entry.entityKind, change.field)}${'to' in change ? `: ${'from' in change ? `${valueLabel(change.from)} → ` : ''}${valueLabel(change.to)}` : ''}`,
      );
  }
  if (page.next !== null) lines.push(`(さらに古い記録があります: --format json の next / older entries follow)`);
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
}
