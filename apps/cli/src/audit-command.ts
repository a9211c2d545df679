// wakai audit CASE: who changed what in the case, newest first — as a table or JSON. wakai audit
// verify: every case's log checked along its hash chain, its kept head and an anchor file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { auditActionLabels, auditKindLabels, changeText } from '@wakai/core';
import { type AuditChainHeads, caseAudit, findCase, verifyCaseLogs } from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withContext, withServices } from './command-services.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  format: { type: 'string' },
  limit: { type: 'string' },
  anchor: { type: 'string' },
} as const;

const inJapan = (iso: string) => new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'medium' });

const problemLabels = {
  changed: { ja: '内容が書き換えられています', en: 'its content was changed' },
  'missing-before': { ja: 'この前の記録が消されています', en: 'an entry before it was removed' },
  relinked: { ja: '前の記録とのつながりが違います', en: 'its link to the entry before differs' },
  'out-of-order': { ja: '前の記録より前の番号で差し込まれています', en: 'it was put in before an earlier entry' },
  'tail-removed': {
    ja: 'これより後の記録が消されています(鎖の末尾が記録と合いません)',
    en: 'entries after it were removed (the chain ends short of its head)',
  },
  'head-missing': { ja: '鎖の末尾の控えが消されています', en: "the record of its chain's end was removed" },
  'anchor-lost': {
    ja: '控え(--anchor)に残した記録が見つからないか、変わっています',
    en: 'the entry kept in the anchor (--anchor) is gone or changed',
  },
} as const;

/** The anchor file: each case's last seq and hash at the previous verify, kept off the database. */
function readAnchor(file: string | undefined): AuditChainHeads | undefined {
  if (!file || !existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { format?: string; heads?: AuditChainHeads };
    if (parsed.format === 'wakai-audit-anchor' && parsed.heads) return parsed.heads;
  } catch {}
  throw new CliError(`控えのファイルを読めません: ${file}`, `cannot read the anchor file ${file}`);
}

/**
 * wakai audit verify [--anchor FILE]: every case's log walked along its hash chain and against the
 * heads its trigger keeps; with --anchor, also against the heads saved there by the previous verify
 * (then saved anew when nothing is wrong). Exit 1 if anything is wrong.
 */
async function runVerify(values: { data?: string | undefined; anchor?: string | undefined }): Promise<number> {
  const anchor = readAnchor(values.anchor);
  const report = await withContext(values, (ctx) => verifyCaseLogs(ctx, { anchor }));
  for (const p of report.problems)
    process.stderr.write(
      `案件 ${p.caseId} の記録 #${p.entryId}(${p.seq}番目): ${problemLabels[p.problem].ja} / entry ${p.entryId} (#${p.seq}) of case ${p.caseId}: ${problemLabels[p.problem].en}\n`,
    );
  if (report.problems.length > 0) {
    process.stderr.write(`変更履歴に ${report.problems.length}件の書き換えが見つかりました / the audit log was tampered with\n`);
    return 1;
  }
  if (values.anchor)
    writeFileSync(
      values.anchor,
      `${JSON.stringify({ format: 'wakai-audit-anchor', at: new Date().toISOString(), heads: report.heads })}\n`,
    );
  const against = anchor ? '(前回の控えとも一致) / matches the anchor' : '';
  process.stdout.write(
    `変更履歴を確かめました: ${report.checked}件、書き換えはありません${against} / audit log verified: ${report.checked} entries, none changed\n`,
  );
  return 0;
}

export async function runAudit(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  if (positionals.length === 1 && positionals[0] === 'verify') return runVerify(values);
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
    for (const change of entry.changes) lines.push(`    ${changeText(entry.entityKind, change)}`);
  }
  if (page.next !== null) lines.push(`(さらに古い記録があります: --format json の next / older entries follow)`);
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
}
