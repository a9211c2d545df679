// More than one server process on one PostgreSQL (issue 19): two `wakai serve` instances (as behind a
// proxy) never serve a stale board after a write made on the other, and `wakai serve --workers 2`
// shares the login limits and idempotency keys between its processes (they live in the database).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/wakai.js', import.meta.url));
const postgresUrl = process.env.WAKAI_TEST_POSTGRES_URL;
const PASSWORD = 'correct horse battery';
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());

describe.runIf(postgresUrl)('several server processes on one PostgreSQL', () => {
  const name = `wakai_test_${randomUUID().replaceAll('-', '')}`;
  const url = new URL(postgresUrl ?? 'postgres://unused');
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString(), WAKAI_PASSWORD: PASSWORD };
  const children: ChildProcess[] = [];
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };

  /** `wakai serve` with these arguments; its address once it says it has started. */
  function serve(args: string[]): Promise<string> {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { env });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    return new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout?.on('data', (chunk) => {
        stdout += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout);
        if (match) resolve(match[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
  }

  async function login(base: string, headers: Record<string, string> = {}, password = PASSWORD, email = 'a@office.example') {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    });
    await response.arrayBuffer();
    return { status: response.status, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] as string };
  }

  const call = async (base: string, cookie: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the test reads the API's JSON field by field, as a client does
    return { status: response.status, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    await admin(`create database ${name}`);
    expect(spawnSync(process.execPath, [bin, 'user', 'add', 'a@office.example', '--name', 'A'], { env, encoding: 'utf8' }).status).toBe(0);
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('never serves a stale board after a write on the other process', async () => {
    const [one, two] = await Promise.all([serve([]), serve([])]);
    const { cookie } = await login(one);
    const created = (await call(one, cookie, 'POST', '/cases', { title: '二つのプロセス', debtor: { name: '並行 一郎' } })).body;
    const creditor = (await call(one, cookie, 'POST', `/cases/${created.id}/creditors`, { name: 'E社', kind: 'card' })).body;
    await call(one, cookie, 'POST', `/creditors/${creditor.id}/contracts`, { claimedBalance: 360_000 });
    for (let round = 1; round <= 5; round++) {
      // Both processes have the board computed (and kept) before the write.
      const before = [
        await call(one, cookie, 'GET', `/cases/${created.id}/negotiation`),
        await call(two, cookie, 'GET', `/cases/${created.id}/negotiation`),
      ];
      expect(before.map((b) => b.body.creditors[0].record.contacts.length)).toEqual([round - 1, round - 1]);
      // The write goes to one process, alternately; the very next read on the other has it.
      const [writer, reader] = round % 2 ? [one, two] : [two, one];
      const written = await call(writer, cookie, 'POST', `/creditors/${creditor.id}/contacts`, {
        at: `${today}T1${round}:00`,
        channel: 'phone',
        direction: 'incoming',
        summary: `連絡${round}`,
      });
      expect(written.status).toBe(201);
      const after = await call(reader, cookie, 'GET', `/cases/${created.id}/negotiation`);
      expect(after.body.creditors[0].record.contacts.map((c: { summary: string }) => c.summary)).toContain(`連絡${round}`);
    }
  });

  it('runs --workers 2 on one port, sharing the login limits and idempotency keys', async () => {
    const base = await serve(['--workers', '2']);
    const primary = children.at(-1) as ChildProcess;
    // Two server processes under the one started.
    const workers = spawnSync('ps', ['--ppid', String(primary.pid), '-o', 'pid='], { encoding: 'utf8' })
      .stdout.trim()
      .split(/\s+/);
    expect(workers).toHaveLength(2);
    // A new connection per request: the cluster hands them to both processes in turn.
    const fresh = { connection: 'close' };
    // Five wrong passwords for an account from one address, then the next attempts wait — whichever process they reach.
    for (let n = 0; n < 5; n++) expect((await login(base, fresh, 'wrong password 123', 'b@office.example')).status).toBe(401);
    for (let n = 0; n < 4; n++) expect((await login(base, fresh, 'wrong password 123', 'b@office.example')).status).toBe(429);
    // The same Idempotency-Key sent to both processes at once creates one case.
    const { cookie } = await login(base, fresh);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        call(base, cookie, 'POST', '/cases', { title: '一度だけ', debtor: { name: '冪等 花子' } }, { ...fresh, 'idempotency-key': key }),
      ),
    );
    const ids = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id));
    expect(ids.size).toBe(1);
    const listed = (await call(base, cookie, 'GET', '/cases')).body as { title: string }[];
    expect(listed.filter((c) => c.title === '一度だけ')).toHaveLength(1);
  });
});
