// The case list's total is kept by the database as cases come and go (issue 19): over real HTTP on every
// engine, a case made, trashed, put back, assigned to a clerk and moved to another changes the total and
// the page each person reads next — the lawyer who owns it, the clerk assigned, the clerk no longer.
import { createUser } from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import { hashPassword } from '@wakai/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';
import { client } from './http-client.js';

const PASSWORD = 'a long office passphrase';
// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

describe.each(testEngines())('the case list’s total on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  let server: RunningServer;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    opened = await engine.open();
    const passwordHash = await hashPassword(PASSWORD);
    for (const [email, role] of [
      ['lawyer@office.example', 'lawyer'],
      ['staff@office.example', 'staff'],
      ['clerk@office.example', 'staff'],
    ] as const)
      ids[email] = (await createUser(opened.db, { email, displayName: email, passwordHash, role })).id;
    server = await startServer({ database: opened, port: 0, auth: 'login' });
  });
  afterAll(async () => {
    await server?.close();
    await opened?.drop();
  });

  const login = async (email: string) => {
    const response = await client(server.url)('POST', '/api/session', { email, password: PASSWORD });
    expect(response.status).toBe(200);
    return client(server.url, (response.headers.get('set-cookie') ?? '').split(';')[0]);
  };

  it('changes the total and the page in the next read after every change', async () => {
    const lawyer = await login('lawyer@office.example');
    const staff = await login('staff@office.example');
    const clerk = await login('clerk@office.example');
    /** Each person's total and the titles on their first page (2 a page). */
    const lists = async () => {
      const read = async (api: typeof lawyer) => {
        const body = (await api('GET', '/api/cases?limit=2')).body as Loose;
        return [body.total, body.items.map((item: Loose) => item.title)];
      };
      return { lawyer: await read(lawyer), staff: await read(staff), clerk: await read(clerk) };
    };
    for (const title of ['一の件', '二の件'])
      expect((await lawyer('POST', '/api/cases', { title, debtor: { name: `${title} 債務者` } })).status).toBe(201);
    const created = await lawyer('POST', '/api/cases', { title: '三の件', debtor: { name: '三 債務者' } });
    const caseId = created.body.id as string;
    expect(await lists()).toEqual({ lawyer: [3, ['三の件', '二の件']], staff: [0, []], clerk: [0, []] });

    expect((await lawyer('POST', `/api/cases/${caseId}/members`, { userId: ids['staff@office.example'] })).status).toBe(201);
    expect(await lists()).toEqual({ lawyer: [3, ['三の件', '二の件']], staff: [1, ['三の件']], clerk: [0, []] });

    expect((await lawyer('DELETE', `/api/cases/${caseId}`)).status).toBe(200);
    expect(await lists()).toEqual({ lawyer: [2, ['二の件', '一の件']], staff: [0, []], clerk: [0, []] });
    // The next page past the last: the total, no case.
    expect(((await lawyer('GET', '/api/cases?limit=2&page=2')).body as Loose).items).toEqual([]);

    const [trashed] = (await lawyer('GET', '/api/trash/cases')).body.items as Loose[];
    expect((await lawyer('POST', `/api/trash/${trashed.id}/restore`)).status).toBe(200);
    // Put back with its assignment, and as changed last.
    expect(await lists()).toEqual({ lawyer: [3, ['三の件', '二の件']], staff: [1, ['三の件']], clerk: [0, []] });

    expect((await lawyer('DELETE', `/api/cases/${caseId}/members/${ids['staff@office.example']}`)).status).toBe(200);
    expect((await lawyer('POST', `/api/cases/${caseId}/members`, { userId: ids['clerk@office.example'] })).status).toBe(201);
    expect(await lists()).toEqual({ lawyer: [3, ['三の件', '二の件']], staff: [0, []], clerk: [1, ['三の件']] });
    // The search counts the same cases, for each.
    const searched = async (api: typeof lawyer) =>
      ((await api('GET', `/api/cases?limit=1&q=${encodeURIComponent('債務者')}`)).body as Loose).total;
    expect([await searched(lawyer), await searched(staff), await searched(clerk)]).toEqual([3, 0, 1]);
  });
});
