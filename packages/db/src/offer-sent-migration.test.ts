// Rows stored before 和解案送付 took its glossary name say `proposal-sent`: the migration renames
// the step in each creditor's current step, its dated changes and the case's step norms, and
// leaves every other step and norm as it was.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { down, up } from './migrations/2026-11-23T0600-offer-sent.js';
import { testEngines } from './test-databases.js';
import { localUser } from './user.repository.js';

describe.each(testEngines())('the offer-sent migration, on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  beforeAll(async () => {
    opened = await engine.open();
  });
  afterAll(() => opened.drop());

  it('renames proposal-sent to offer-sent in stored rows, and back on down', async () => {
    const db = opened.db;
    const owner = await localUser(db);
    const stored = await sql<{ id: string }>`
      insert into cases (owner_id, debtor, budget, assets, step_norms)
      values (${owner.id}, '{}'::jsonb, '{}'::jsonb, '{}'::jsonb, '{"proposal-sent": 45, "negotiating": 60}'::jsonb)
      returning id`.execute(db);
    const caseId = stored.rows[0]?.id;
    const creditors = await sql<{ id: string; negotiation_status: string }>`
      insert into creditors (case_id, position, name, kind, contact, negotiation_status)
      values (${caseId}, 0, 'A社', 'consumer-finance', '{}'::jsonb, 'proposal-sent'),
             (${caseId}, 1, 'B社', 'consumer-finance', '{}'::jsonb, 'negotiating')
      returning id, negotiation_status`.execute(db);
    const [a, b] = creditors.rows.map((row) => row.id);
    await sql`
      insert into status_changes (creditor_id, status, date)
      values (${a}, 'notice-sent', '2026-05-01'), (${a}, 'proposal-sent', '2026-09-20'), (${b}, 'negotiating', '2026-09-01')`.execute(db);

    const read = async () => ({
      steps: (
        await sql<{
          name: string;
          negotiation_status: string;
        }>`select name, negotiation_status from creditors where case_id = ${caseId} order by position`.execute(db)
      ).rows.map((row) => [row.name, row.negotiation_status]),
      changes: (
        await sql<{ status: string }>`select status from status_changes where creditor_id = ${a} order by created_at`.execute(db)
      ).rows.map((row) => row.status),
      norms: (await sql<{ step_norms: object }>`select step_norms from cases where id = ${caseId}`.execute(db)).rows[0]?.step_norms,
    });

    await up(db as unknown as Kysely<unknown>);
    expect(await read()).toEqual({
      steps: [
        ['A社', 'offer-sent'],
        ['B社', 'negotiating'],
      ],
      changes: ['notice-sent', 'offer-sent'],
      norms: { 'offer-sent': 45, negotiating: 60 },
    });
    await down(db as unknown as Kysely<unknown>);
    expect(await read()).toEqual({
      steps: [
        ['A社', 'proposal-sent'],
        ['B社', 'negotiating'],
      ],
      changes: ['notice-sent', 'proposal-sent'],
      norms: { 'proposal-sent': 45, negotiating: 60 },
    });
  });
});
