// `wakai serve` as an operator starts it: where the embedded (no-login) mode may listen, and an
// office server that keeps answering when PostgreSQL drops its connections.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const bin = fileURLToPath(new URL('../bin/wakai.js', import.meta.url));

/** Runs `wakai serve` until it exits or says it has started (then it is stopped). */
function serveOutcome(args: string[], extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { env: { ...process.env, DATABASE_URL: '', ...extraEnv } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ started: boolean; status: number | null; stderr: string }>((resolve) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('起動しました')) {
        child.kill('SIGKILL');
        resolve({ started: true, status: null, stderr });
      }
    });
    child.on('exit', (status) => resolve({ started: false, status, stderr }));
  });
}

describe('wakai serve, embedded (no logins)', () => {
  it('refuses a non-loopback address, saying why and how to run an office server', async () => {
    const data = join(folderWith({}), 'data');
    const outcome = await serveOutcome(['--host', '0.0.0.0', '--data', data]);
    expect(outcome).toMatchObject({ started: false, status: 2 });
    expect(outcome.stderr).toContain('ログインなしの埋め込みモードは、この端末(127.0.0.1)でしか使えません');
    expect(outcome.stderr).toContain('DATABASE_URL');
    expect(outcome.stderr).toContain('error: the embedded mode has no login and serves this machine only');
  });

  it('refuses a public address (WAKAI_PUBLIC_URL) beyond this machine', async () => {
    const data = join(folderWith({}), 'data');
    const outcome = await serveOutcome(['--data', data], { WAKAI_PUBLIC_URL: 'https://wakai.office.example' });
    expect(outcome).toMatchObject({ started: false, status: 2 });
    expect(outcome.stderr).toContain('wakai user add');
  });

  it('fails on an address it cannot listen on before touching the database', async () => {
    const data = join(folderWith({}), 'data');
    // *.localhost is loopback by name, but this machine's resolver may know no such host.
    const outcome = await serveOutcome(['--host', 'no-such-name.localhost', '--data', data]);
    expect(outcome).toMatchObject({ started: false, status: 2 });
    expect(outcome.stderr).toContain('no-such-name.localhost:0 で待ち受けできません');
    expect(outcome.stderr).not.toContain('内部エラー');
    // Neither migrated nor given the demo: the data folder was never made.
    expect(existsSync(data)).toBe(false);
  });

  // A full disk, made as a 2 MB tmpfs where this machine lets the tests mount one (CI runs as root).
  const full = mkdtempSync(join(tmpdir(), 'wakai-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', full]).status === 0;
  afterAll(() => {
    if (mounted) spawnSync('umount', [full]);
  });
  it.runIf(mounted)('says the disk is full when the embedded database cannot start for want of space', async () => {
    writeFileSync(join(full, 'filler'), Buffer.alloc(2 * 1024 * 1024 - 64 * 1024));
    const outcome = await serveOutcome(['--data', join(full, 'data')]);
    expect(outcome).toMatchObject({ started: false, status: 2 });
    expect(outcome.stderr).toContain('データフォルダのディスクに空きがありません');
    const cases = wakai(['cases', '--data', join(full, 'data')]);
    expect([cases.status, cases.stderr]).toEqual([2, expect.stringContaining('ディスクに空きがありません')]);
  });

  it('still starts on localhost', async () => {
    const data = join(folderWith({}), 'data');
    expect(await serveOutcome(['--host', 'localhost', '--data', data])).toMatchObject({ started: true });
  });
});

const postgresUrl = process.env.WAKAI_TEST_POSTGRES_URL;

describe.runIf(postgresUrl)('wakai serve on PostgreSQL', () => {
  const admin = () => new pg.Client({ connectionString: postgresUrl });
  const name = `wakai_test_${randomUUID().replaceAll('-', '')}`;
  const url = new URL(postgresUrl ?? 'postgres://unused');
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString(), WAKAI_PASSWORD: 'correct horse battery' };
  let server: ChildProcess | undefined;

  afterAll(async () => {
    server?.kill('SIGKILL');
    const client = admin();
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });

  it('keeps answering after PostgreSQL drops its pooled connections mid-load', async () => {
    const client = admin();
    await client.connect();
    await client.query(`create database ${name}`);
    expect(spawnSync(process.execPath, [bin, 'user', 'add', 'a@office.example', '--name', 'A'], { env, encoding: 'utf8' }).status).toBe(0);

    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { env });
    server = child;
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    let exited = false;
    child.on('exit', () => {
      exited = true;
    });
    const base = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout?.on('data', (chunk) => {
        stdout += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout);
        if (match) resolve(match[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const login = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@office.example', password: 'correct horse battery' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const cases = () =>
      fetch(`${base}/api/cases`, { headers: { cookie } }).then(
        (response) => response.status,
        () => 0,
      );
    expect(await cases()).toBe(200);

    // Requests keep coming while the server's connections are cut twice.
    const load = Array.from({ length: 8 }, async () => {
      for (let n = 0; n < 15; n++) await cases();
    });
    const terminate = () =>
      client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    for (let cut = 0; cut < 2; cut++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await terminate();
    }
    await Promise.all(load);
    await terminate();
    await client.end();

    // A request or two may fail while connections are replaced; then it answers again, still running.
    await expect.poll(cases, { timeout: 20_000, interval: 200 }).toBe(200);
    expect(exited).toBe(false);
    expect(stderr).toContain('database: connection lost');
  });
});
