import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isLoopback, localOwnerRefusal, parsePublicUrl, StartError, startServer } from '@wakai/server';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { databaseConfig } from './command-services.js';

const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function runServe(argv: string[]): Promise<number> {
  const { values } = commandLine(argv, { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' } });
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
  if (!existsSync(webRoot)) process.stderr.write('注意: Web画面がビルドされていません (npm run build) / the web app is not built\n');
  const server = await startServer({
    database,
    port,
    host,
    webRoot,
    ...(publicUrl ? { publicUrl } : {}),
    trustProxy: process.env.WAKAI_TRUST_PROXY === '1',
    log: (line) => process.stderr.write(`${line}\n`),
  }).catch((error: unknown) => {
    // An address that cannot be listened on, a database that cannot be opened: the operator's to fix.
    throw error instanceof StartError ? new CliError(error.ja, error.en) : error;
  });
  const where = database.engine === 'pglite' ? `データ: ${database.dataDir}` : 'データ: PostgreSQL (DATABASE_URL)';
  process.stdout.write(`Wakai を起動しました: ${server.url}\n${where}\n終了するには Ctrl+C\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close().then(resolve, resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
