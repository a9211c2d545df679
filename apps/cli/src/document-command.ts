// wakai document KIND CASE: one document of a case as a file (PDF, Word or Excel), from the same
// use case as the web app's 書類 page, written atomically to --out; wakai letterhead: the office's.
import { readFileSync } from 'node:fs';
import { caseDocument, caseDocumentChoices, findCase, letterheadOf, recordsNamed, saveLetterheadOf } from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withServices } from './command-services.js';
import { writeOutput } from './output-file.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  creditor: { type: 'string' },
  contract: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  sender: { type: 'string' },
  procedure: { type: 'string' },
  'as-of': { type: 'string' },
  'reply-by': { type: 'string' },
  'pay-by': { type: 'string' },
  'payee-account': { type: 'string' },
  'payment-day': { type: 'string' },
  today: { type: 'string' },
  /** Confirms the risk of an offer letter or agreement for a debt whose limitation may have run (承認で援用できなくなる). */
  'confirm-time-barred': { type: 'boolean' },
  /** Confirms the facts a 時効援用通知 needs where one to count the period was missing. */
  'confirm-limitation-facts': { type: 'boolean' },
} as const;

/** One of the case's creditors (or contracts) by its name (label), or `all`; ambiguity is refused. */
function pick<T extends { id: string }>(items: readonly T[], wanted: string, nameOf: (item: T) => string, what: string): string {
  if (wanted === 'all') return 'all';
  const found = recordsNamed(items, wanted, nameOf);
  if (found.length !== 1)
    throw new CliError(
      found.length === 0
        ? `${what}が見つかりません: ${wanted}`
        : `${what}が${found.length}件あります: ${wanted}(名前を詳しく指定してください)`,
      found.length === 0 ? `no such ${what === '債権者' ? 'creditor' : 'contract'}: ${wanted}` : `${found.length} match ${wanted}`,
    );
  return (found[0] as T).id;
}

export async function runDocument(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  if (positionals.length !== 2)
    throw new CliError(
      '書類の種類と案件を指定してください(wakai document 種類 案件)',
      'give a document kind and a case (wakai document KIND CASE)',
    );
  const [kind, wanted] = positionals as [string, string];
  const document = await withServices(values, async (ctx, owner) => {
    const stored = await findCase(ctx, { user: owner, wanted });
    const { creditors } = await caseDocumentChoices(ctx, { user: owner, caseId: stored.id });
    const creditor = values.creditor === undefined ? undefined : pick(creditors, values.creditor, (c) => c.name, '債権者');
    const contracts = creditors.find((c) => c.id === creditor)?.contracts ?? [];
    const contract = values.contract === undefined ? undefined : pick(contracts, values.contract, (k) => k.label, '契約');
    const request = Object.fromEntries(
      Object.entries({
        format: values.format,
        creditor,
        contract,
        sender: values.sender,
        procedure: values.procedure,
        asOf: values['as-of'],
        replyBy: values['reply-by'],
        payBy: values['pay-by'],
        payeeAccount: values['payee-account'],
        paymentDay: values['payment-day'],
        confirmTimeBarred: values['confirm-time-barred'],
        confirmLimitationFacts: values['confirm-limitation-facts'],
      }).filter(([, value]) => value !== undefined),
    );
    return caseDocument(ctx, { user: owner, caseId: stored.id, kind, request });
  });
  writeOutput([document.bytes], values.out, { binary: true });
  if (values.out) process.stderr.write(`書き出しました / written: ${values.out} (${document.fileName})\n`);
  return 0;
}

/** wakai letterhead [FILE]: the owner's letterhead as JSON; with FILE (JSON, '-' for standard input) saved first. */
export async function runLetterhead(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, { data: { type: 'string' }, owner: { type: 'string' } });
  if (positionals.length > 1) throw new CliError('レターヘッドのファイルは1つです', 'give at most one letterhead file');
  const path = positionals[0];
  let json: Record<string, unknown> | undefined;
  if (path !== undefined) {
    try {
      json = JSON.parse(readFileSync(path === '-' ? 0 : path, 'utf8'));
    } catch (error) {
      throw new CliError(`レターヘッドのファイルを読めません: ${path}`, `cannot read ${path}: ${(error as Error).message}`);
    }
  }
  const shown = await withServices(values, async (ctx, owner) => {
    if (json === undefined) return letterheadOf(ctx, { user: owner });
    const current = await letterheadOf(ctx, { user: owner });
    return saveLetterheadOf(ctx, { user: owner, body: { ...json, version: current.version } });
  });
  process.stdout.write(`${JSON.stringify(shown.letterhead, null, 2)}\n`);
  return 0;
}
