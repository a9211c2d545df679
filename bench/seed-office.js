// A kept copy of the office-load data, to read query plans and profiles against, or to run
// `bench/office-load.js` on (WAKAI_BENCH_DATABASE_URL):
// `node bench/seed-office.js DBNAME [CASES]` makes the PostgreSQL database DBNAME (on
// WAKAI_TEST_POSTGRES_URL or DATABASE_URL) with the bench's login and CASES cases (1,000 by
// default), runs the scheduled deadlines refresh, and prints its URL. Drop it yourself when done.
import { sql } from 'kysely';
import pg from 'pg';
import { seed } from './office-load.js';

const [name, count = '1000'] = process.argv.slice(2);
if (!name || !/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('usage: node bench/seed-office.js DBNAME [CASES]');
const server = process.env.WAKAI_TEST_POSTGRES_URL || process.env.DATABASE_URL;
if (!server) throw new Error('set WAKAI_TEST_POSTGRES_URL or DATABASE_URL');
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`create database ${name}`);
await admin.end();
const url = new URL(server);
url.pathname = `/${name}`;

const { migrateToLatest, openDatabase } = await import('@wakai/db');
const { addUser, createServiceContext, refreshDeadlineLists } = await import('@wakai/services');
const opened = await openDatabase({ engine: 'postgres', url: url.toString() });
try {
  await migrateToLatest(opened.db);
  const ctx = createServiceContext({ db: opened.db });
  const owner = await addUser(ctx, { email: 'bench@example.jp', displayName: '計測 弁護士', password: 'bench-password-0123456789' });
  const seedMs = await seed(opened, owner, Number(count));
  const computed = await refreshDeadlineLists(ctx);
  // As autovacuum would have done in an office's database in use (statistics, visibility map).
  await sql`vacuum analyze`.execute(opened.db);
  console.log(
    `seeded ${count} cases in ${(seedMs / 1000).toFixed(1)} s, ${computed} deadline lists; login bench@example.jp / bench-password-0123456789`,
  );
  console.log(url.toString());
} finally {
  await opened.close();
}
