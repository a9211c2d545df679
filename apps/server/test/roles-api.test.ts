// Roles on an office server, over real HTTP on every engine: for every route, what the case's owner
// (弁護士・司法書士), the staff assigned to it (事務員), its invited debtor (債務者) and outsiders (an
// unassigned clerk, another lawyer) may do — allowed, 403 (their role may not), or 404 (not their case).
import { addCaseMember, createUser, setUserDisabled } from '@wakai/db';
import { type TestEngine, testEngines } from '@wakai/db/testing';
import { hashPassword } from '@wakai/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';
import { client, todayInJapan } from './http-client.js';

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PASSWORD = 'a long office passphrase';
type Api = ReturnType<typeof client> & { status: ReturnType<typeof statusCaller> };

/** The status of a call and its answer as text (a document or calendar answers in its own format, not JSON). */
function statusCaller(base: string, cookie: string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, text: new TextDecoder().decode(bytes) };
  };
}

/** What the office keeps to itself (README, roles): none of it may appear in anything the debtor reads. */
const officeMarkers = (s: Seeded) => ['事務所のメモ', '依頼者の説明に矛盾あり', '所内で方針を相談', 'hidden.pdf', s.hidden, s.hiddenFile];
type Who = 'owner' | 'staff' | 'debtor' | 'clerk' | 'lawyer';
/** ok: the role may (any answer but 401/403/404: a bad body's 400 is past the check). */
type Expect = 'ok' | 403 | 404;

function office(engine: TestEngine) {
  let opened: Awaited<ReturnType<TestEngine['open']>>;
  let server: RunningServer;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    opened = await engine.open();
    const passwordHash = await hashPassword(PASSWORD);
    for (const [email, role] of [
      ['owner@office.example', 'lawyer'],
      ['staff@office.example', 'staff'],
      ['clerk@office.example', 'staff'],
      ['lawyer@office.example', 'scrivener'],
    ] as const)
      ids[email] = (await createUser(opened.db, { email, displayName: email, passwordHash, role })).id;
    server = await startServer({ database: opened, port: 0, auth: 'login' });
  });
  afterAll(async () => {
    await server.close();
    await opened.drop();
  });
  const login = async (email: string, password = PASSWORD) => {
    const response = await client(server.url)('POST', '/api/session', { email, password });
    expect([email, response.status]).toEqual([email, 200]);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    return Object.assign(client(server.url, cookie), { status: statusCaller(server.url, cookie) });
  };
  return { url: () => server.url, db: () => opened.db, ids, login };
}

/** A case with one of everything; the staff assigned; the debtor (already invited once) shared on it. */
async function seed(owner: Api, staffId: string, share: (caseId: string) => Promise<void>) {
  const today = todayInJapan();
  const created = await owner('POST', '/api/cases', { title: '権限テスト', debtor: { name: '権限 花子' } });
  const caseId = created.body.id as string;
  const creditor = (await owner('POST', `/api/cases/${caseId}/creditors`, { name: 'A社', kind: 'card', note: '事務所のメモ' })).body
    .id as string;
  const contract = (await owner('POST', `/api/creditors/${creditor}/contracts`, { claimedBalance: 300_000 })).body.id as string;
  await owner('PUT', `/api/contracts/${contract}/transactions`, { version: 0, transactions: [{ date: '2010-01-05', borrow: 300_000 }] });
  const contact = async (officeOnly: boolean, summary: string, nextAction: string) =>
    (
      await owner('POST', `/api/creditors/${creditor}/contacts`, {
        at: `${today}T09:00`,
        channel: 'phone',
        direction: 'outgoing',
        summary,
        nextAction,
        nextActionDue: today,
        officeOnly,
      })
    ).body.id as string;
  const shared = await contact(false, '債権者に受任を連絡', '取引履歴の到着を確認');
  const hidden = await contact(true, '事務所内: 依頼者の説明に矛盾あり', '所内で方針を相談');
  const file = async (contactId: string, name: string) =>
    (await owner('POST', `/api/contacts/${contactId}/attachments?name=${name}`, pdf, { 'content-type': 'application/pdf' })).body
      .id as string;
  const sharedFile = await file(shared, 'a.pdf');
  const hiddenFile = await file(hidden, 'hidden.pdf');
  const offer = (
    await owner('POST', `/api/creditors/${creditor}/offers`, {
      from: 'creditor',
      madeOn: today,
      amount: 100_000,
      installments: 10,
      monthly: 10_000,
      // Came in the office-only call: the debtor reads the offer, not which contact it was.
      contactId: hidden,
    })
  ).body.id as string;
  const payment = (await owner('POST', `/api/creditors/${creditor}/payments`, { paidOn: today, amount: 1_000 })).body.id as string;
  expect((await owner('POST', `/api/cases/${caseId}/members`, { userId: staffId })).status).toBe(201);
  await share(caseId);
  return { caseId, creditor, contract, shared, hidden, sharedFile, hiddenFile, offer, payment, version: created.body.version as number };
}

type Seeded = Awaited<ReturnType<typeof seed>>;
type Row = [method: string, path: (s: Seeded) => string, owner: Expect, staff: Expect, debtor: Expect, body?: unknown];

// Every route that names a case or a record in one, with what the owner, the staff and the debtor may do.
const caseRoutes: Row[] = [
  ['GET', (s) => `/api/cases/${s.caseId}`, 'ok', 'ok', 'ok'],
  ['PATCH', (s) => `/api/cases/${s.caseId}`, 'ok', 'ok', 403, { title: '改題', version: 1 }],
  ['PATCH', (s) => `/api/cases/${s.caseId}`, 'ok', 'ok', 'ok', { budget: {}, version: 1 }],
  ['PATCH', (s) => `/api/cases/${s.caseId}`, 'ok', 'ok', 403, { feeQuotes: [], version: 1 }],
  ['DELETE', (s) => `/api/cases/${s.caseId}`, 'ok', 403, 403],
  ['GET', (s) => `/api/cases/${s.caseId}/overview`, 'ok', 'ok', 'ok'],
  ['GET', (s) => `/api/cases/${s.caseId}/diagnosis`, 'ok', 'ok', 'ok'],
  ['GET', (s) => `/api/cases/${s.caseId}/export`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/cases/${s.caseId}/creditors`, 'ok', 'ok', 403],
  ['GET', (s) => `/api/cases/${s.caseId}/negotiation`, 'ok', 'ok', 'ok'],
  ['GET', (s) => `/api/cases/${s.caseId}/audit`, 'ok', 'ok', 403],
  ['GET', (s) => `/api/cases/${s.caseId}/trash`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/cases/${s.caseId}/import/preview`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/cases/${s.caseId}/import/apply`, 'ok', 'ok', 403],
  ['GET', (s) => `/api/cases/${s.caseId}/documents`, 'ok', 'ok', 403],
  ['GET', (s) => `/api/cases/${s.caseId}/documents/creditor-list?format=xlsx`, 'ok', 'ok', 403],
  ['GET', (s) => `/api/cases/${s.caseId}/deadlines.ics`, 'ok', 'ok', 'ok'],
  ['GET', (s) => `/api/cases/${s.caseId}/members`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/cases/${s.caseId}/members`, 'ok', 403, 403],
  ['DELETE', (s) => `/api/cases/${s.caseId}/members/00000000-0000-4000-8000-000000000000`, 404, 403, 403],
  ['POST', (s) => `/api/cases/${s.caseId}/invitations`, 'ok', 403, 403],
  ['PUT', (s) => `/api/creditors/${s.creditor}`, 'ok', 'ok', 403],
  ['DELETE', (s) => `/api/creditors/${s.creditor}`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/creditors/${s.creditor}/contracts`, 'ok', 'ok', 403],
  ['GET', (s) => `/api/creditors/${s.creditor}/negotiation`, 'ok', 'ok', 'ok'],
  ['GET', (s) => `/api/creditors/${s.creditor}/preparation`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/creditors/${s.creditor}/coach-preview`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/creditors/${s.creditor}/status`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/creditors/${s.creditor}/status/undo`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/creditors/${s.creditor}/contacts`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/creditors/${s.creditor}/offers`, 'ok', 'ok', 403],
  ['PUT', (s) => `/api/creditors/${s.creditor}/agreement`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/creditors/${s.creditor}/payments`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/creditors/${s.creditor}/documents`, 'ok', 'ok', 'ok'],
  ['PUT', (s) => `/api/contacts/${s.shared}`, 'ok', 'ok', 403],
  ['DELETE', (s) => `/api/contacts/${s.shared}`, 'ok', 'ok', 403],
  ['POST', (s) => `/api/contacts/${s.shared}/attachments`, 'ok', 'ok', 403],
  ['GET', (s) => `/api/attachments/${s.sharedFile}`, 'ok', 'ok', 'ok'],
  ['GET', (s) => `/api/attachments/${s.hiddenFile}`, 'ok', 'ok', 404],
  ['DELETE', (s) => `/api/attachments/${s.sharedFile}`, 'ok', 'ok', 403],
  ['PUT', (s) => `/api/offers/${s.offer}`, 'ok', 'ok', 403],
  ['DELETE', (s) => `/api/offers/${s.offer}`, 'ok', 'ok', 403],
  ['DELETE', (s) => `/api/payments/${s.payment}`, 'ok', 'ok', 403],
  ['GET', (s) => `/api/contracts/${s.contract}`, 'ok', 'ok', 'ok'],
  ['PUT', (s) => `/api/contracts/${s.contract}`, 'ok', 'ok', 403],
  ['DELETE', (s) => `/api/contracts/${s.contract}`, 'ok', 'ok', 403],
  ['GET', (s) => `/api/contracts/${s.contract}/transactions`, 'ok', 'ok', 'ok'],
  ['PUT', (s) => `/api/contracts/${s.contract}/transactions`, 'ok', 'ok', 'ok'],
  ['POST', (s) => `/api/contracts/${s.contract}/import`, 'ok', 'ok', 'ok'],
  ['GET', (s) => `/api/contracts/${s.contract}/recalc`, 'ok', 'ok', 'ok'],
  ['GET', (s) => `/api/contracts/${s.contract}/recalc/variants`, 'ok', 'ok', 'ok'],
  ['GET', (s) => `/api/contracts/${s.contract}/recalc/rows/0`, 'ok', 'ok', 'ok'],
];

// Routes of no one case: what each role may do.
const otherRoutes: [method: string, path: string, owner: Expect, staff: Expect, debtor: Expect][] = [
  ['GET', '/api/cases', 'ok', 'ok', 'ok'],
  ['POST', '/api/cases', 'ok', 403, 403],
  ['POST', '/api/cases/import', 'ok', 403, 403],
  ['GET', '/api/deadlines', 'ok', 'ok', 'ok'],
  ['GET', '/api/deadlines.ics', 'ok', 'ok', 'ok'],
  ['GET', '/api/letterhead', 'ok', 'ok', 403],
  ['GET', '/api/trash/cases', 'ok', 'ok', 'ok'],
  ['GET', '/api/creditor-notes', 'ok', 'ok', 'ok'],
  ['PUT', '/api/letterhead', 'ok', 403, 403],
  ['GET', '/api/users/staff', 'ok', 403, 403],
  ['GET', '/api/account/sessions', 'ok', 'ok', 'ok'],
  ['PUT', '/api/account/password', 'ok', 'ok', 'ok'],
  ['DELETE', '/api/account/sessions/00000000-0000-4000-8000-000000000000', 404, 404, 404],
];

const verdict = (status: number): Expect => (status === 403 || status === 404 ? status : status === 401 ? 404 : 'ok');
const bodyFor = (method: string, given: unknown) => given ?? (method === 'GET' || method === 'DELETE' ? undefined : {});

describe.each(testEngines())('roles on $name', (engine) => {
  const server = office(engine);
  const as = {} as Record<Who, Api>;
  let debtorId = '';

  beforeAll(async () => {
    for (const [who, email] of [
      ['owner', 'owner@office.example'],
      ['staff', 'staff@office.example'],
      ['clerk', 'clerk@office.example'],
      ['lawyer', 'lawyer@office.example'],
    ] as const)
      as[who] = await server.login(email);
    // The debtor comes in through an invitation on a first case.
    const first = await seed(as.owner, server.ids['staff@office.example'] as string, async () => {});
    const invited = await as.owner('POST', `/api/cases/${first.caseId}/invitations`, {
      email: 'Debtor@Example.jp',
      displayName: '権限 花子',
    });
    expect(invited.status).toBe(201);
    const token = String(invited.body.token);
    const anonymous = client(server.url());
    expect((await anonymous('GET', `/api/invitations/${token}`)).body).toMatchObject({
      email: 'debtor@example.jp',
      displayName: '権限 花子',
    });
    expect((await anonymous('POST', `/api/invitations/${token}`, { password: 'password1234' })).body.error?.fields?.[0]?.message).toContain(
      'よく使われていて',
    );
    expect((await anonymous('POST', `/api/invitations/${token}`, { password: PASSWORD })).status).toBe(201);
    as.debtor = await server.login('debtor@example.jp');
    debtorId = ((await as.debtor('GET', '/api/session')).body.user as { id: string; role: string }).id;
  });

  const fresh = () =>
    seed(as.owner, server.ids['staff@office.example'] as string, (caseId) => addCaseMember(server.db(), caseId, debtorId));

  it('lets each role do exactly what it may on every route of a case', async () => {
    const shared = await fresh();
    const seen: string[] = [];
    for (const [method, path, ...expected] of caseRoutes) {
      const [owner, staff, debtor, body] = expected as [Expect, Expect, Expect, unknown];
      for (const [who, want] of [
        ['clerk', 404],
        ['lawyer', 404],
        ['debtor', debtor],
        ['staff', staff],
        ['owner', owner],
      ] as const) {
        // A delete that succeeds takes the record with it: each such call gets a case of its own.
        const s = method === 'DELETE' && want === 'ok' ? await fresh() : shared;
        const { status, text } = await as[who].status(method, path(s), bodyFor(method, body));
        if (who === 'debtor')
          expect([method, path(s), officeMarkers(s).filter((marker) => text.includes(marker))]).toEqual([method, path(s), []]);
        seen.push(`${who} ${method} ${path(s).replace(/[0-9a-f-]{36}/g, ':id')} → ${status}`);
        expect([who, method, path(s), verdict(status)]).toEqual([who, method, path(s), want]);
      }
    }
    expect(seen.length).toBe(caseRoutes.length * 5);
  });

  it('lets each role do what it may on the routes of no one case', async () => {
    const shared = await fresh();
    for (const [method, path, owner, staff, debtor] of otherRoutes)
      for (const [who, want] of [
        ['owner', owner],
        ['staff', staff],
        ['debtor', debtor],
      ] as const) {
        const { status, text } = await as[who].status(method, path, bodyFor(method, undefined));
        expect([who, method, path, verdict(status)]).toEqual([who, method, path, want]);
        if (who === 'debtor') expect([path, officeMarkers(shared).filter((marker) => text.includes(marker))]).toEqual([path, []]);
      }
  });

  it('shows staff only their assigned cases, and the debtor only their own, without the office’s notes', async () => {
    const s = await fresh();
    const mine = (await as.staff('GET', '/api/cases')).body.map((c: { id: string }) => c.id);
    expect(mine).toContain(s.caseId);
    expect((await as.clerk('GET', '/api/cases')).body).toEqual([]);
    const theirs = (await as.debtor('GET', '/api/cases')).body as unknown as { id: string }[];
    expect(theirs.every((c) => c.id !== undefined)).toBe(true);
    expect(theirs.map((c) => c.id)).toContain(s.caseId);

    const file = (await as.debtor('GET', `/api/creditors/${s.creditor}/negotiation`)).body as { record: { contacts: { id: string }[] } };
    expect(file.record.contacts.map((c) => c.id)).toEqual([s.shared]);
    const board = (await as.debtor('GET', `/api/cases/${s.caseId}/negotiation`)).body as {
      creditors: { record: { contacts: unknown[] }; deadlines: { title: string }[] }[];
    };
    expect(board.creditors[0]?.record.contacts).toHaveLength(1);
    const titles = (who: Who) =>
      as[who]('GET', `/api/cases/${s.caseId}/negotiation`).then((r) =>
        (r.body.creditors as unknown as { deadlines: { title: string }[] }[]).flatMap((c) => c.deadlines.map((d) => d.title)).join(' / '),
      );
    expect(await titles('staff')).toContain('所内で方針を相談');
    expect(await titles('debtor')).not.toContain('所内で方針を相談');
    expect(await titles('debtor')).toContain('取引履歴の到着を確認');
    // The office reads what the debtor may not: the markers the route table looks for are there.
    const office = await as.staff.status('GET', `/api/creditors/${s.creditor}/negotiation`);
    expect(officeMarkers(s).filter((marker) => !office.text.includes(marker))).toEqual([]);
    const offers = (await as.debtor('GET', `/api/creditors/${s.creditor}/negotiation`)).body as {
      record: { offers: { contactId: null }[] };
    };
    expect(offers.record.offers.map((offer) => offer.contactId)).toEqual([null]);
    const detail = (await as.debtor('GET', `/api/cases/${s.caseId}`)).body as { creditors: { note: string }[] };
    expect(detail.creditors[0]?.note).toBe('');
    expect(((await as.staff('GET', `/api/cases/${s.caseId}`)).body as typeof detail).creditors[0]?.note).toBe('事務所のメモ');

    // The debtor's budget is saved, and their document lands in the creditor's log for the office.
    const budget = await as.debtor('PATCH', `/api/cases/${s.caseId}`, {
      budget: { monthly: { income: { salaryApplicant: 210_000 } } },
      version: s.version,
    });
    expect(budget.status).toBe(200);
    const submitted = await as.debtor('POST', `/api/creditors/${s.creditor}/documents?name=督促状.pdf`, pdf, {
      'content-type': 'application/pdf',
    });
    expect(submitted.status).toBe(201);
    const log = (await as.staff('GET', `/api/creditors/${s.creditor}/negotiation`)).body as {
      record: { contacts: { channel: string; summary: string; attachments: { fileName: string }[] }[] };
    };
    expect(log.record.contacts.find((c) => c.channel === 'upload')).toMatchObject({
      summary: 'ご本人が書類を提出しました: 督促状.pdf',
      attachments: [{ fileName: '督促状.pdf' }],
    });
  });

  it('uses an invitation once, and refuses it expired or unknown', async () => {
    const s = await fresh();
    const invited = await as.owner('POST', `/api/cases/${s.caseId}/invitations`, { email: 'second@example.jp', displayName: '二人目' });
    const token = String(invited.body.token);
    const anonymous = client(server.url());
    const [first, second] = await Promise.all([
      anonymous('POST', `/api/invitations/${token}`, { password: PASSWORD }),
      anonymous('POST', `/api/invitations/${token}`, { password: PASSWORD }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 404]);
    // The acceptance is in the case's 変更履歴, by the debtor, once (issue 18 #12).
    const log = (await as.owner('GET', `/api/cases/${s.caseId}/audit`)).body.entries as {
      actorName: string;
      action: string;
      entityKind: string;
      label: string;
      changes: unknown[];
    }[];
    expect(log.filter((entry) => entry.entityKind === 'invitation').map((e) => [e.actorName, e.action, e.label, e.changes])).toEqual([
      ['二人目', 'update', '二人目(second@example.jp)', [{ field: 'accepted', from: false, to: true }]],
      ['owner@office.example', 'create', '二人目(second@example.jp)', []],
    ]);
    expect((await anonymous('GET', `/api/invitations/${token}`)).status).toBe(404);
    expect((await anonymous('GET', '/api/invitations/nonsense')).body.error?.message).toContain('この招待リンクは使えません');
    const taken = await as.owner('POST', `/api/cases/${s.caseId}/invitations`, { email: 'second@example.jp', displayName: '重複' });
    expect(taken.body.error?.fields).toEqual([{ path: ['email'], message: 'このメールアドレスの利用者はすでにいます' }]);
    const badEmail = await as.owner('POST', `/api/cases/${s.caseId}/invitations`, { email: 'not-an-email', displayName: 'x' });
    expect(badEmail.body.error?.fields).toEqual([{ path: ['email'], message: 'メールアドレスの形式が正しくありません' }]);
    const late = await as.owner('POST', `/api/cases/${s.caseId}/invitations`, { email: 'third@example.jp', displayName: '三人目' });
    await server
      .db()
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('email', '=', 'third@example.jp')
      .execute();
    expect((await anonymous('POST', `/api/invitations/${late.body.token}`, { password: PASSWORD })).status).toBe(404);
  });

  it('lists the sessions of the signed-in user and ends one', async () => {
    const again = await server.login('staff@office.example');
    const sessions = (await again('GET', '/api/account/sessions')).body as unknown as { id: string; current: boolean }[];
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const other = sessions.find((session) => !session.current) as { id: string };
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    expect((await again('DELETE', `/api/account/sessions/${other.id}`)).status).toBe(200);
    expect((await as.staff('GET', '/api/cases')).status).toBe(401);
    as.staff = await server.login('staff@office.example');
    // Someone else's session cannot be ended (it is not theirs to see).
    const ownerSession = ((await as.owner('GET', '/api/account/sessions')).body as unknown as { id: string }[])[0] as { id: string };
    expect((await as.staff('DELETE', `/api/account/sessions/${ownerSession.id}`)).status).toBe(404);
    const weak = await as.staff('PUT', '/api/account/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.body.error?.fields).toEqual([{ path: ['newPassword'], message: 'パスワードは12文字以上にしてください' }]);

    // A disabled account: its sessions end and it cannot log in (answered as a wrong password is).
    await setUserDisabled(server.db(), server.ids['clerk@office.example'] as string, true, new Date());
    expect((await as.clerk('GET', '/api/cases')).status).toBe(401);
    const refused = await client(server.url())('POST', '/api/session', { email: 'clerk@office.example', password: PASSWORD });
    expect([refused.status, refused.body.error?.message]).toEqual([401, 'メールアドレスまたはパスワードが違います']);
  });
});
