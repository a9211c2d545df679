import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isLoopback, localOwnerRefusal, parsePublicUrl, StartError, startServer } from '@wakai/server';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { databaseConfig } from './command-services.js';
import { announceListening, isWorker, runWorkers, workerCount, workerNumber } from './serve-workers.js';

const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function runServe(argv: string[]): Promise<number> {
  const { values } = commandLine(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
    workers: { type: 'string' },
  });
  const workers = workerCount(values.workers ?? process.env.WAKAI_WORKERS);
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new CliError(`--port はポート番号です: ${values.port}`, `--port takes a port number: ${values.port}`);
  const database = databaseConfig(values.data);
  const host = values.host ?? '127.0.0.1';
  const publicUrl = process.env.WAKAI_PUBLIC_URL || undefined;
  if (publicUrl) {
    try {
      parsePublicUrl(publicUrl);
    } catch (error) {
      throw new CliError(
        `WAKAI_PUBLIC_URL はアドレス(例: https://wakai.example.jp)で指定してください: ${publicUrl}`,
        (error as Error).message,
      );
    }
  }
  // The embedded database has no logins: refused before anything is opened or listened on.
  if (database.engine === 'pglite' && !isLoopback(host)) {
    const { ja, en } = localOwnerRefusal(host);
    throw new CliError(ja, en);
  }
  if (database.engine === 'pglite' && publicUrl && !isLoopback(new URL(publicUrl).hostname)) {
    const { ja, en } = localOwnerRefusal(publicUrl);
    throw new CliError(ja, en);
  }
  // Several processes share one database: PGlite is one process's own.
  if (workers > 1 && database.engine === 'pglite')
    throw new CliError(
      '--workers で複数のプロセスを動かすには PostgreSQL(DATABASE_URL)が必要です。埋め込みモードは1プロセスで動きます',
      '--workers above 1 needs PostgreSQL (DATABASE_URL): the embedded database belongs to one process',
    );
  const where = database.engine === 'pglite' ? `データ: ${database.dataDir}` : 'データ: PostgreSQL (DATABASE_URL)';
  const started = (url: string) =>
    process.stdout.write(`Wakai を起動しました: ${url}${workers > 1 ? ` (${workers}プロセス)` : ''}\n${where}\n終了するには Ctrl+C\n`);
  if (workers > 1 && !isWorker()) return runWorkers(workers, started);
  if (!existsSync(webRoot) && workerNumber() === 1)
    process.stderr.write('注意: Web画面がビルドされていません (npm run build) / the web app is not built\n');
  const server = await startServer({
    database,
    port,
    host,
    webRoot,
    ...(publicUrl ? { publicUrl } : {}),
    trustProxy: process.env.WAKAI_TRUST_PROXY === '1',
    log: (line) => process.stderr.write(`${line}\n`),
    // The scheduled refresh of the deadlines runs in one process of several.
    ...(workerNumber() === 1 ? {} : { deadlineRefreshMs: 0 }),
  }).catch((error: unknown) => {
    // An address that cannot be listened on, a database that cannot be opened: the operator's to fix.
    throw error instanceof StartError ? new CliError(error.ja, error.en) : error;
  });
  if (isWorker()) announceListening(server.url);
  else started(server.url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close().then(resolve, resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
