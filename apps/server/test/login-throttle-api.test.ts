// Logins and invitations under guessing, over real HTTP on every engine (issue 18 items 17 and 18):
// an attacker slows only their own attempts — the owner from elsewhere, from a known device or a
// known session behind the same proxy still gets in — and an invitation's token is checked before
// its password is hashed, with unknown tokens limited per client.
import { createUser } from '@wakai/db';
import { type TestEngine, testEngines } from '@wakai/db/testing';
import { hashPassword } from '@wakai/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';

const PASSWORD = 'correct horse battery';

function office(engine: TestEngine) {
  let opened: Awaited<ReturnType<TestEngine['open']>>;
  let server: RunningServer;
  beforeAll(async () => {
    opened = await engine.open();
    await createUser(opened.db, { email: 'a@office.example', displayName: 'A', passwordHash: await hashPassword(PASSWORD) });
    // Behind the office's own proxy: the client's address is the one it adds.
    server = await startServer({ database: opened, port: 0, auth: 'login', trustProxy: true });
  });
  afterAll(async () => {
    await server.close();
    await opened.drop();
  });
  return () => server.url;
}

/** A login from `address`, with the cookies given; the status and the cookies it sets. */
async function login(url: string, address: string, password: string, cookies: string[] = [], email = 'a@office.example') {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, cookie: cookies.join('; ') },
    body: JSON.stringify({ email, password }),
  });
  await response.arrayBuffer();
  return { status: response.status, cookies: response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] as string) };
}

async function post(url: string, path: string, body: unknown, address: string) {
  const started = performance.now();
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: await response.json(),
    ms: performance.now() - started,
    retryAfter: response.headers.get('retry-after'),
  };
}

describe.each(testEngines())('guessing on $name', (engine) => {
  const url = office(engine);

  it('slows the attacker’s source, not the owner from elsewhere', async () => {
    for (let n = 0; n < 5; n++) expect((await login(url(), '203.0.113.66', 'wrong guess')).status).toBe(401);
    expect((await login(url(), '203.0.113.66', PASSWORD)).status).toBe(429);
    // Before: the real user's right password got 429 for 15 minutes, from anywhere.
    expect((await login(url(), '198.51.100.20', PASSWORD)).status).toBe(200);
  });

  it('lets the owner in from a known device or session when the office’s one address is held', async () => {
    const proxy = '192.0.2.10';
    const first = await login(url(), proxy, PASSWORD);
    expect(first.status).toBe(200);
    const device = first.cookies.find((cookie) => cookie.startsWith('wakai_device=')) as string;
    const session = first.cookies.find((cookie) => cookie.startsWith('wakai_session=')) as string;
    expect([device, session].every(Boolean)).toBe(true);
    // Someone behind the same proxy tries 15 unknown accounts and the owner's 5 times (the address's 20).
    for (let n = 0; n < 15; n++) expect((await login(url(), proxy, 'wrong', [], `nobody${n}@office.example`)).status).toBe(401);
    for (let n = 0; n < 5; n++) expect((await login(url(), proxy, 'wrong')).status).toBe(401);
    expect((await login(url(), proxy, PASSWORD)).status).toBe(429);
    expect((await login(url(), proxy, 'wrong', [], 'other@office.example')).status).toBe(429);
    // The owner's browser (its device id) and the owner's open session still log in.
    expect((await login(url(), proxy, PASSWORD, [device])).status).toBe(200);
    expect((await login(url(), proxy, PASSWORD, [session])).status).toBe(200);
  });

  it('checks an invitation’s token before hashing a password, and limits unknown tokens per client', async () => {
    // An unknown token is refused as such, whatever the password (before: the password was judged, then hashed).
    const weak = await post(url(), '/api/invitations/no-such-token', { password: 'short' }, '203.0.113.77');
    expect([weak.status, weak.body.error?.message]).toEqual([404, expect.stringContaining('この招待リンクは使えません')]);
    const tries = [];
    for (let n = 0; n < 9; n++) tries.push(await post(url(), `/api/invitations/guess-${n}`, { password: PASSWORD }, '203.0.113.77'));
    expect(tries.map((t) => t.status)).toEqual(Array(9).fill(404));
    const held = await post(url(), '/api/invitations/guess-next', { password: PASSWORD }, '203.0.113.77');
    expect([held.status, Number(held.retryAfter) > 0]).toEqual([429, true]);
    expect(held.body.error?.message).toContain('しばらく受け付けません');
    // Another client is not held.
    expect((await post(url(), '/api/invitations/guess-x', { password: PASSWORD }, '198.51.100.30')).status).toBe(404);
  });
});
