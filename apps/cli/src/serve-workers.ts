// `wakai serve --workers N`: N server processes on one port (node:cluster hands each connection to
// one of them), stateless against one PostgreSQL — sessions, login counts, idempotency keys and the
// stored deadlines are in the database, the boards' memo is per revision read from it. A worker
// that dies is started again; Ctrl+C stops them all.
import cluster from 'node:cluster';
import { CliError } from './cli-error.js';

/** Told by a worker once it listens. */
interface Listening {
  listening: string;
}

/** The number of processes, 1–64 (--workers, or WAKAI_WORKERS). */
export function workerCount(text: string | undefined): number {
  const count = Number(text ?? 1);
  if (!Number.isInteger(count) || count < 1 || count > 64)
    throw new CliError(`--workers は1〜64の整数で指定してください: ${text}`, `--workers takes a whole number from 1 to 64: ${text}`);
  return count;
}

export const isWorker = () => cluster.isWorker;

/** The worker's number (1 … N): the first also runs the scheduled jobs. */
export const workerNumber = () => Number(process.env.WAKAI_WORKER ?? 1);

/** In a worker: tells the primary where it listens. */
export function announceListening(url: string): void {
  process.send?.({ listening: url } satisfies Listening);
}

/** In the primary: starts N workers, reports where they listen, restarts one that dies, stops them on SIGINT/SIGTERM. */
export async function runWorkers(count: number, report: (url: string) => void): Promise<number> {
  let stopping = false;
  const start = (n: number) => {
    const worker = cluster.fork({ WAKAI_WORKER: String(n) });
    worker.on('exit', (code) => {
      if (stopping) return;
      process.stderr.write(`worker ${n} exited (${code}); starting it again\n`);
      start(n);
    });
    return worker;
  };
  const workers = Array.from({ length: count }, (_, i) => start(i + 1));
  const urls = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<string>((resolve, reject) => {
          worker.on('message', (message: Partial<Listening>) => {
            if (message.listening) resolve(message.listening);
          });
          worker.once('exit', (code) =>
            reject(new CliError(`サーバーのプロセスが起動できませんでした (${code})`, `a worker could not start (${code})`)),
          );
        }),
    ),
  ).catch((error) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    throw error;
  });
  report(urls[0] as string);
  await new Promise<void>((resolve) => {
    const stop = () => {
      stopping = true;
      const alive = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
      if (alive.length === 0) resolve();
      let left = alive.length;
      for (const worker of alive) {
        worker.once('exit', () => {
          if (--left === 0) resolve();
        });
        worker.kill('SIGTERM');
      }
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
