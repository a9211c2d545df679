// Reads are prepared once per connection (prepared-statements.ts); a schema change under a prepared
// read (a migration or a restore while the server runs) must not break that read on the connection
// for as long as it lives (PostgreSQL answers 0A000 "cached plan must not change result type").
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
