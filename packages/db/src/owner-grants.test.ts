// The app's role on an office server owns no table (issue 18 item 16): the owner migrates and
// grants; the app reads and writes rows and adds to the case log, but cannot disable its trigger,
// drop the trigger, rename the table or change an entry — what the app's own role could do before.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChains } from './audit-chain.repository.js';
import { openDatabase } from './connect.js';
import { createUser } from './user.repository.js';

const postgresUrl = process.env.WAKAI_TEST_POSTGRES_URL;

describe.runIf(postgresUrl)('the app role on PostgreSQL', () => {
  const name = `wakai_test_${randomUUID().replaceAll('-', '')}`;
  const role = `wakai_app_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const urlOf = (user?: string) => {
    const url = new URL(postgresUrl as string);
    url.pathname = `/${name}`;
    if (user) url.username = user;
    return url.toString();
  };
  const admin = async (query: string, database?: string) => {
    const url = new URL(postgresUrl as string);
    if (database) url.pathname = `/${database}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  afterAll(async () => {
    await admin(`drop database if exists ${name} with (force)`);
    await admin(`drop role if exists ${role}`);
  });

  it('reads and writes rows, adds to the log, and can neither alter nor rewrite it', async () => {
    await admin(`create database ${name}`);
    await admin(`create role ${role} login`);
    const app = await openDatabase({ engine: 'postgres', url: urlOf(role), ownerUrl: urlOf() });
    try {
      const user = await createUser(app.db, { email: 'a@office.example', displayName: 'A', passwordHash: 'x' });
      const caseId = randomUUID();
      await app.db
        .insertInto('audit_entries')
        .values({
          case_id: caseId,
          actor_id: user.id,
          actor_name: 'A',
          action: 'create',
          entity_kind: 'case',
          entity_id: caseId,
          label: '記録',
          changes: JSON.stringify([]),
          at: new Date(),
        } as never)
        .execute();
      const refused = async (statement: ReturnType<typeof sql>) =>
        ((await statement.execute(app.db).catch((error: Error) => error)) as Error).message;
      expect(await refused(sql`alter table audit_entries disable trigger user`)).toMatch(/must be owner/);
      expect(await refused(sql`drop trigger audit_entries_no_change on audit_entries`)).toMatch(/must be owner/);
      expect(await refused(sql`alter table audit_entries rename to audit_away`)).toMatch(/must be owner/);
      expect(await refused(sql`update audit_entries set label = '書き換え'`)).toMatch(/permission denied/);
      expect(await refused(sql`delete from audit_entries`)).toMatch(/permission denied/);
      expect(Number((await sql<{ n: string }>`select count(*) as n from audit_entries`.execute(app.db)).rows[0]?.n)).toBe(1);
      // Nor forge a place in the chain (the trigger, running as the owner, decides it) or its head.
      const { rows } = await sql<{ h: string }>`select audit_entry_hash('', 1, ${caseId}::uuid, null, '偽物', 'create', 'case',
        ${caseId}, '偽物', '[]'::jsonb, now()) as h`.execute(app.db);
      expect(
        await refused(sql`insert into audit_entries (case_id, actor_name, action, entity_kind, entity_id, label, changes, at, seq,
          prev_hash, hash) values (${caseId}, '偽物', 'create', 'case', ${caseId}, '偽物', '[]'::jsonb, now(), 1, '', ${rows[0]?.h})`),
      ).toMatch(/does not continue its chain/);
      expect(await refused(sql`update audit_chain_heads set seq = 9`)).toMatch(/permission denied/);
      expect(await refused(sql`delete from audit_chain_heads`)).toMatch(/permission denied/);
      expect(await refused(sql`insert into audit_chain_heads values (gen_random_uuid(), 1, '')`)).toMatch(/permission denied/);
      expect(await refused(sql`alter function audit_entries_chain() security invoker`)).toMatch(/must be owner/);
      expect((await verifyAuditChains(app.db)).problems).toEqual([]);
    } finally {
      await app.close();
      await admin(`drop owned by ${role}`, name);
    }
  });
});
