// A JSON client over real HTTP for the API tests (a session cookie when logged in), and the office
// server they log in to.
import { civilDateInJapan } from '@wakai/core';
import { createUser } from '@wakai/db';
import type { TestEngine } from '@wakai/db/testing';
import { hashPassword } from '@wakai/services';
import { afterAll, beforeAll, expect } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';
/** Today in Japan, as the server reckons it. */
export const todayInJapan = () => civilDateInJapan(new Date());

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
export type Json = Record<string, any> & {
  error?: { code: string; message: string; fields?: { path: unknown[]; message: string }[]; problems?: unknown[] };
};

export function client(base: string, cookie = '') {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body instanceof Uint8Array || typeof body === 'string' ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: body instanceof Uint8Array || typeof body === 'string' ? (body as BodyInit) : JSON.stringify(body) }),
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: as Json, each test reads the fields it checks
    const parsed: any = text ? JSON.parse(text) : {};
    return { status: response.status, body: parsed, headers: response.headers };
  };
  return call;
}

/** An embedded server (the local owner) on the engine, for the test file's `describe`. */
export function embeddedServer(engine: TestEngine, { demo }: { demo: boolean }) {
  let opened: Awaited<ReturnType<TestEngine['open']>>;
  let server: RunningServer;
  let call: ReturnType<typeof client>;
  beforeAll(async () => {
    opened = await engine.open();
    server = await startServer({ database: opened, port: 0, auth: 'local', demo });
    call = client(server.url);
  });
  afterAll(async () => {
    await server.close();
    await opened.drop();
  });
  return {
    url: () => server.url,
    db: () => opened.db,
    api: (...args: Parameters<ReturnType<typeof client>>) => call(...args),
  };
}

/** An office server (logins) on the engine, with users a@ and b@office.example; log in by e-mail. */
export function officeServer(engine: TestEngine) {
  let opened: Awaited<ReturnType<TestEngine['open']>>;
  let server: RunningServer;
  beforeAll(async () => {
    opened = await engine.open();
    const passwordHash = await hashPassword('correct horse');
    await createUser(opened.db, { email: 'a@office.example', displayName: 'A', passwordHash });
    await createUser(opened.db, { email: 'b@office.example', displayName: 'B', passwordHash });
    server = await startServer({ database: opened, port: 0, auth: 'login' });
  });
  afterAll(async () => {
    await server.close();
    await opened.drop();
  });
  return {
    url: () => server.url,
    login: async (email: string) => {
      const response = await client(server.url)('POST', '/api/session', { email, password: 'correct horse' });
      expect(response.status).toBe(200);
      return client(server.url, (response.headers.get('set-cookie') ?? '').split(';')[0]);
    },
  };
}
