// Issue 20, handing over: the debtor's Wakai on another origin (the static build on a phone) sends
// its case file into the invited case with the invitation's token as the only credential — a
// preview that writes nothing, an apply that merges whole and uses the link up, refusals for an
// expired, used or unknown token, CORS on exactly these routes, and no cookie taking the token's place.
import { createUser } from '@wakai/db';
import { type TestEngine, testEngines } from '@wakai/db/testing';
import { hashPassword } from '@wakai/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';
import { client, type Json } from './http-client.js';

const PASSWORD = 'a long office passphrase';
const STATIC_SITE = 'https://wakai-static.example';
const row = (date: string, borrow: number, repay: number) => ({ date, borrow, repay, rate: null, note: '', estimated: false });

function office(engine: TestEngine) {
  let opened: Awaited<ReturnType<TestEngine['open']>>;
  let server: RunningServer;
  beforeAll(async () => {
    opened = await engine.open();
    await createUser(opened.db, { email: 'owner@office.example', displayName: '山田 弁護士', passwordHash: await hashPassword(PASSWORD) });
    // Behind the office's own proxy: the guessing test speaks from addresses of its own.
    server = await startServer({ database: opened, port: 0, auth: 'login', trustProxy: true });
  });
  afterAll(async () => {
    await server.close();
    await opened.drop();
  });
  return { url: () => server.url, db: () => opened.db };
}

describe.each(testEngines())('sending a case file by invitation on $name', (engine) => {
  const server = office(engine);
  let owner: ReturnType<typeof client>;
  let cookie: string;
  beforeAll(async () => {
    const response = await client(server.url())('POST', '/api/session', { email: 'owner@office.example', password: PASSWORD });
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    owner = client(server.url(), cookie);
  });
  /** The debtor's page elsewhere: no cookie, its own origin. */
  const debtor = (method: string, path: string, body?: unknown) => client(server.url())(method, path, body, { origin: STATIC_SITE });

  /** The office's case with one creditor and a fresh invitation; the debtor's file adds a creditor with its history. */
  async function invited(email: string) {
    const made = (await owner('POST', '/api/cases', { title: '任意整理', debtor: { name: '鈴木 花子' } })).body as Json;
    await owner('POST', `/api/cases/${made.id}/creditors`, { name: 'ひまわりファイナンス', kind: 'consumer-finance' });
    const invitation = await owner('POST', `/api/cases/${made.id}/invitations`, { email, displayName: '鈴木 花子' });
    expect(invitation.status).toBe(201);
    const file = (await owner('GET', `/api/cases/${made.id}/export`)).body as Json;
    file.case.debtor.occupation = 'パート';
    file.case.creditors.push({
      name: 'さくらファイナンス',
      kind: 'consumer-finance',
      contracts: [{ label: 'キャッシング', transactions: [row('2003-02-01', 300_000, 0), row('2003-03-01', 0, 20_000)] }],
    });
    return { caseId: made.id as string, token: String(invitation.body.token), file };
  }

  it('previews without writing, then merges whole on apply and uses the link up, logged as the debtor’s', async () => {
    const s = await invited('hanako@example.jp');
    const before = (await owner('GET', `/api/cases/${s.caseId}/export`)).body.case;
    const preview = await debtor('POST', `/api/invitations/${s.token}/case-file/preview`, s.file);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('access-control-allow-origin')).toBe('*');
    expect(preview.headers.get('access-control-allow-credentials')).toBeNull();
    expect(preview.body.caseTitle).toBe('任意整理');
    expect(preview.body.diff.parts).toEqual([{ part: 'debtor', changes: [{ field: 'occupation', from: '', to: 'パート' }] }]);
    expect(preview.body.diff.creditors.map((c: Json) => [c.name, c.change])).toEqual([
      ['ひまわりファイナンス', 'same'],
      ['さくらファイナンス', 'added'],
    ]);
    expect((await owner('GET', `/api/cases/${s.caseId}/export`)).body.case).toEqual(before);

    const applied = await debtor('POST', `/api/invitations/${s.token}/case-file/apply`, {
      file: s.file,
      version: preview.body.version,
      baseline: preview.body.baseline,
    });
    expect(applied.status).toBe(200);
    expect(applied.body.applied).toBe(true);
    const after = (await owner('GET', `/api/cases/${s.caseId}/export`)).body.case;
    expect(after.debtor.occupation).toBe('パート');
    expect(after.creditors.map((c: Json) => c.name)).toEqual(['ひまわりファイナンス', 'さくらファイナンス']);
    expect(after.creditors[1].contracts[0].transactions).toEqual([row('2003-02-01', 300_000, 0), row('2003-03-01', 0, 20_000)]);

    // The office reads who sent it in the case's 変更履歴: the debtor by name, with no account behind it.
    const log = (await owner('GET', `/api/cases/${s.caseId}/audit`)).body.entries as Json[];
    const sent = log.find((e) => e.entityKind === 'invitation' && e.action === 'import');
    expect(sent).toMatchObject({ actorId: null, actorName: '鈴木 花子', label: '鈴木 花子(hanako@example.jp)' });
    expect(sent?.changes).toEqual([{ field: 'caseFileSent', from: false, to: true }]);
    expect(log.filter((e) => e.action === 'import').map((e) => [e.actorName, e.entityKind])).toEqual(
      expect.arrayContaining([
        ['鈴木 花子', 'case'],
        ['鈴木 花子', 'creditor'],
      ]),
    );

    // One link, one upload: used now, for sending as for opening.
    const again = await debtor('POST', `/api/invitations/${s.token}/case-file/preview`, s.file);
    expect(again.status).toBe(404);
    expect(again.body.error?.message).toContain('この招待リンクは使えません');
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect((await debtor('GET', `/api/invitations/${s.token}`)).status).toBe(404);
  });

  it('refuses the apply if the office changed the case after the preview, and the link stays usable', async () => {
    const s = await invited('conflict@example.jp');
    const preview = await debtor('POST', `/api/invitations/${s.token}/case-file/preview`, s.file);
    const stored = (await owner('GET', `/api/cases/${s.caseId}`)).body.case as Json;
    expect((await owner('PATCH', `/api/cases/${s.caseId}`, { title: '任意整理(着手)', version: stored.version })).status).toBe(200);
    const stale = await debtor('POST', `/api/invitations/${s.token}/case-file/apply`, {
      file: s.file,
      version: preview.body.version,
      baseline: preview.body.baseline,
    });
    expect(stale.status).toBe(409);
    expect((await owner('GET', `/api/cases/${s.caseId}/export`)).body.case.creditors).toHaveLength(1);
    expect((await debtor('POST', `/api/invitations/${s.token}/case-file/preview`, s.file)).status).toBe(200);
  });

  it('refuses an expired or unknown token, and takes no cookie in its place', async () => {
    const s = await invited('late@example.jp');
    await server
      .db()
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('email', '=', 'late@example.jp')
      .execute();
    const expired = await debtor('POST', `/api/invitations/${s.token}/case-file/preview`, s.file);
    expect([expired.status, expired.body.error?.code]).toEqual([404, 'notFound']);
    expect((await debtor('POST', '/api/invitations/no-such-token/case-file/preview', s.file)).status).toBe(404);
    // The office's own signed-in cookie, sent along with a wrong token, opens nothing.
    const withCookie = await client(server.url(), cookie)('POST', '/api/invitations/no-such-token/case-file/apply', {
      file: s.file,
      version: 0,
      baseline: 'x',
    });
    expect(withCookie.status).toBe(404);
    expect((await owner('GET', `/api/cases/${s.caseId}/export`)).body.case.creditors).toHaveLength(1);
  });

  it('slows a client guessing tokens, counted with the invitation page’s guesses', async () => {
    const from = (address: string) => (method: string, path: string, body?: unknown) =>
      client(server.url())(method, path, body, { origin: STATIC_SITE, 'x-forwarded-for': address });
    const guesser = from('203.0.113.90');
    const tries = [];
    // The invitation page is the office's own (same origin): no Origin of another site.
    const onThePage = (n: number) =>
      client(server.url())('POST', `/api/invitations/page-guess-${n}`, { password: PASSWORD }, { 'x-forwarded-for': '203.0.113.90' });
    for (let n = 0; n < 5; n++) tries.push((await onThePage(n)).status);
    for (let n = 0; n < 5; n++) tries.push((await guesser('POST', `/api/invitations/send-guess-${n}/case-file/preview`, {})).status);
    expect(tries).toEqual(Array(10).fill(404));
    const held = await guesser('POST', '/api/invitations/send-guess-next/case-file/apply', { file: {}, version: 0, baseline: 'x' });
    expect([held.status, held.body.error?.code, held.headers.get('access-control-allow-origin')]).toEqual([429, 'tooManyRequests', '*']);
    expect(held.body.error?.message).toContain('しばらく受け付けません');
    expect((await from('198.51.100.31')('POST', '/api/invitations/send-guess-x/case-file/preview', {})).status).toBe(404);
  });

  it('answers CORS on exactly these routes, without credentials', async () => {
    const preflight = (path: string) =>
      fetch(`${server.url()}${path}`, {
        method: 'OPTIONS',
        headers: { origin: STATIC_SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const upload = await preflight('/api/invitations/any-token/case-file/apply');
    expect(upload.status).toBe(204);
    expect(upload.headers.get('access-control-allow-origin')).toBe('*');
    expect(upload.headers.get('access-control-allow-methods')).toBe('POST');
    expect(upload.headers.get('access-control-allow-credentials')).toBeNull();
    for (const path of ['/api/cases', '/api/session', '/api/invitations/any-token'])
      expect([path, (await preflight(path)).headers.get('access-control-allow-origin')]).toEqual([path, null]);
    const elsewhere = await client(server.url(), cookie)('POST', '/api/cases', { debtor: { name: 'x' } }, { origin: STATIC_SITE });
    expect([elsewhere.status, elsewhere.headers.get('access-control-allow-origin')]).toEqual([403, null]);
  });
});
