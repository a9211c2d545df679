// Reads are prepared once per connection (prepared-statements.ts); a schema change under a prepared
// read (a migration or a restore while the server runs) must not break that read on the connection
// for as long as it lives (PostgreSQL answers 0A000 "cached plan must not change result type").
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.js';
import { PreparingClient } from './prepared-statements.js';
import { type TestDatabase, testEngines } from './test-databases.js';

describe.each(testEngines().filter((engine) => engine.name === 'postgres'))('prepared reads on $name', (engine) => {
  let opened: TestDatabase;
  let client: PreparingClient;
  let other: pg.Client;
  const read = 'select * from prepared_probe where id = $1';

  beforeAll(async () => {
    opened = await engine.open();
    client = new PreparingClient({ connectionString: opened.url });
    other = new pg.Client({ connectionString: opened.url });
    await client.connect();
    await other.connect();
    await other.query(`create table prepared_probe (id int primary key, name text); insert into prepared_probe values (1, '一')`);
  });
  afterAll(async () => {
    await client.end();
    await other.end();
    await opened.drop();
  });

  it('runs a read by name, and again after another connection changed the table', async () => {
    expect((await client.query(read, [1])).rows).toEqual([{ id: 1, name: '一' }]);
    const prepared = await client.query('select statement from pg_prepared_statements');
    expect(prepared.rows.map((row: { statement: string }) => row.statement)).toContain(read);
    await other.query('alter table prepared_probe add column kana text');
    // Unprotected, every later run of the name fails with 0A000 until the connection closes.
    expect((await client.query(read, [1])).rows).toEqual([{ id: 1, name: '一', kana: null }]);
    expect((await client.query(read, [1])).rows).toEqual([{ id: 1, name: '一', kana: null }]);
  });

  it('fails the transaction it was in once, then reads again', async () => {
    await other.query('alter table prepared_probe add column note text');
    await client.query('begin');
    await expect(client.query(read, [1])).rejects.toMatchObject({ code: '0A000' });
    await client.query('rollback');
    expect((await client.query(read, [1])).rows).toEqual([{ id: 1, name: '一', kana: null, note: null }]);
  });

  it('keeps one generic plan for a read run on a connection of the app', async () => {
    const app = await openDatabase({ engine: 'postgres', url: opened.url as string });
    try {
      const plans = await app.db.connection().execute(async (connection) => {
        for (let run = 0; run < 7; run++)
          await sql`select name from prepared_probe where id = ${run % 2} and name like ${'%一%'}`.execute(connection);
        return (
          await sql<{ generic_plans: string; custom_plans: string }>`select generic_plans, custom_plans from pg_prepared_statements
            where statement like 'select name from prepared_probe%'`.execute(connection)
        ).rows;
      });
      // By default PostgreSQL plans the first five runs for their values (custom_plans 5).
      expect(plans.map((row) => [Number(row.generic_plans), Number(row.custom_plans)])).toEqual([[7, 0]]);
    } finally {
      await app.close();
    }
  });
});
