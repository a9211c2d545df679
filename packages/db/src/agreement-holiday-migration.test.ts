// Agreements stored before the 休日 clause was recorded were never asked about it: the migration marks
// them null (the checklist then asks to look, 民法142条) and leaves a recorded choice as it was.
import { agreementTermsSchema } from '@wakai/core';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { down, up } from './migrations/2026-12-04T0200-agreement-holiday-rule.js';
import { testEngines } from './test-databases.js';
import { localUser } from './user.repository.js';

describe.each(testEngines())('the agreement holiday-rule migration, on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  beforeAll(async () => {
    opened = await engine.open();
  });
  afterAll(() => opened.drop());

  it('marks older agreements as silent on holidays, keeps a recorded rule, and removes the field on down', async () => {
    const db = opened.db;
    const owner = await localUser(db);
    const stored = await sql<{ id: string }>`
      insert into cases (owner_id, debtor, budget, assets) values (${owner.id}, '{}'::jsonb, '{}'::jsonb, '{}'::jsonb) returning id`.execute(
      db,
    );
    const caseId = stored.rows[0]?.id;
    const creditors = await sql<{ id: string }>`
      insert into creditors (case_id, position, name, kind, contact)
      values (${caseId}, 0, 'A社', 'consumer-finance', '{}'::jsonb), (${caseId}, 1, 'B社', 'consumer-finance', '{}'::jsonb)
      returning id`.execute(db);
    const [older, recorded] = creditors.rows.map((row) => row.id);
    await sql`
      insert into agreements (creditor_id, terms)
      values (${older}, '{"installments": 36}'::jsonb), (${recorded}, '{"holidayRule": "previous-business-day"}'::jsonb)`.execute(db);
    const rules = async () =>
      (await sql<{ terms: object }>`select terms from agreements where creditor_id in (${older}, ${recorded})`.execute(db)).rows
        .map((row) => row.terms as Record<string, unknown>)
        .map((terms) => [terms.installments ?? null, terms.holidayRule]);

    await up(db as unknown as Kysely<unknown>);
    expect(await rules()).toEqual(
      expect.arrayContaining([
        [36, null],
        [null, 'previous-business-day'],
      ]),
    );
    const read = await sql<{ terms: object }>`select terms from agreements where creditor_id = ${older}`.execute(db);
    expect(agreementTermsSchema.parse(read.rows[0]?.terms).holidayRule).toBeNull();
    await down(db as unknown as Kysely<unknown>);
    expect(await rules()).toEqual(expect.arrayContaining([[36, undefined]]));
  });
});
