// wakai backup / wakai restore: the whole database (either engine) to one file and back, into a
// fresh database of either engine.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BackupError, openDatabase, restoreBackup, writeBackup } from '@wakai/db';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { databaseConfig, withContext } from './command-services.js';

const options = { data: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, owner: { type: 'string' } } as const;

/** wakai-backup-20261123-1805.jsonl.gz: sorts by time, says what it is. */
function defaultName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  return `wakai-backup-${stamp}.jsonl.gz`;
}

function asCliError(error: unknown): unknown {
  return error instanceof BackupError ? new CliError(error.ja, error.en) : error;
}

export async function runBackup(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  if (positionals.length > 0) throw new CliError('使い方: wakai backup [--out ファイル]', 'usage: wakai backup [--out FILE]');
  const file = resolve(values.out ?? defaultName(new Date()));
  const summary = await withContext(values, (ctx, engine) => writeBackup(ctx.db, file, { engine, now: ctx.now() })).catch((error) => {
    throw asCliError(error);
  });
  const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `バックアップしました / backed up: ${summary.file}(案件 ${summary.rows.cases ?? 0}件、全 ${rows} 行 / ${summary.rows.cases ?? 0} cases, ${rows} rows)\n`,
  );
  return 0;
}

export async function runRestore(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  if (positionals.length !== 1)
    throw new CliError(
      '使い方: wakai restore バックアップファイル [--force] [--owner メールアドレス]',
      'usage: wakai restore FILE [--force] [--owner EMAIL]',
    );
  const file = resolve(positionals[0] as string);
  if (!existsSync(file)) throw new CliError(`バックアップファイルがありません: ${file}`, `no such file: ${file}`);
  const config = databaseConfig(values.data);
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(config);
  } catch (error) {
    throw new CliError(`データベースを開けません: ${(error as Error).message}`, `cannot open the database: ${(error as Error).message}`);
  }
  try {
    // Into an embedded install every case becomes the local user's; into a server the local user's the --owner's.
    const ownership =
      config.engine === 'pglite' ? ({ into: 'embedded' } as const) : ({ into: 'office', ownerEmail: values.owner } as const);
    const summary = await restoreBackup(opened.db, file, { force: values.force === true, ownership });
    process.stdout.write(`復元しました / restored: 案件 ${summary.rows.cases ?? 0}件 / ${summary.rows.cases ?? 0} cases\n`);
  } catch (error) {
    throw asCliError(error);
  } finally {
    await opened.close();
  }
  return 0;
}
