// wakai cases / export / import: the case file, from the command line.
import { readFileSync } from 'node:fs';
import { exportCaseFile, findCase, importCaseFile, listCasesOf } from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withServices } from './command-services.js';

const options = { data: { type: 'string' }, owner: { type: 'string' } } as const;

export async function runCases(argv: string[]): Promise<number> {
  const { values } = commandLine(argv, options);
  await withServices(values, async (ctx, owner) => {
    for (const item of await listCasesOf(ctx, { user: owner })) {
      process.stdout.write(`${item.id}  ${item.debtorName}  ${item.title}  (債権者 ${item.creditors})\n`);
    }
  });
  return 0;
}

export async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  if (positionals.length !== 1) throw new CliError('案件を1つ指定してください(wakai export 案件ID)', 'give one case (wakai export CASE)');
  const file = await withServices(values, async (ctx, owner) => {
    const stored = await findCase(ctx, { user: owner, wanted: positionals[0] as string });
    return (await exportCaseFile(ctx, { user: owner, caseId: stored.id })).file;
  });
  // Compact: indentation made files 2.6 times larger (past the web app's 20 MB import limit).
  process.stdout.write(`${JSON.stringify(file)}\n`);
  return 0;
}

export async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  if (positionals.length !== 1)
    throw new CliError('案件ファイルを1つ指定してください(wakai import case.json)', 'give one case file (wakai import case.json)');
  const path = positionals[0] as string;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path === '-' ? 0 : path, 'utf8'));
  } catch (error) {
    throw new CliError(`案件ファイルを読めません: ${path}`, `cannot read the case file ${path}: ${(error as Error).message}`);
  }
  const stored = await withServices(values, (ctx, owner) => importCaseFile(ctx, { user: owner, json }));
  process.stdout.write(`取り込みました / imported: ${stored.id}  ${stored.debtor.name}\n`);
  return 0;
}
