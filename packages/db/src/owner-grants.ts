// An office server's app running as a role that does not own the tables (issue 18): the owner
// (WAKAI_OWNER_DATABASE_URL) migrates and grants; the app (DATABASE_URL) may read and write rows
// but not alter, disable triggers on, drop or rename a table — and may only add to the case log.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

/** Migrates as the owner, then grants the app's role what it needs and no more. */
export async function migrateAsOwner(ownerUrl: string, app: Kysely<Database>): Promise<void> {
  const owner = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: ownerUrl, max: 1 }) }) });
  try {
    await migrateToLatest(owner);
    const { rows } = await sql<{ role: string }>`select current_user as role`.execute(app);
    const role = sql.id((rows[0] as { role: string }).role);
    const { rows: self } = await sql<{ role: string }>`select current_user as role`.execute(owner);
    if ((self[0] as { role: string }).role === (rows[0] as { role: string }).role) return;
    await sql`grant usage on schema public to ${role}`.execute(owner);
    await sql`grant select, insert, update, delete on all tables in schema public to ${role}`.execute(owner);
    await sql`grant usage, select on all sequences in schema public to ${role}`.execute(owner);
    // The case log: read and added to, never changed (its trigger refuses that too, for the owner).
    await sql`revoke update, delete, truncate on audit_entries from ${role}`.execute(owner);
    // The chain's heads are the log trigger's alone (it runs as the owner): the app only reads them.
    await sql`revoke insert, update, delete, truncate on audit_chain_heads from ${role}`.execute(owner);
  } finally {
    await owner.destroy();
  }
}
