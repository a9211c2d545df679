// Frozen. Who changed what and when (an append-only log, written in the same transaction as the
// change), and a trash that keeps a deleted record with everything hung on it for 30 days.
// Neither table references cases: a case's log outlives the case, and a trashed case is not a row.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_entries')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('actor_id', 'uuid')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_kind', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('changes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_entries_case').on('audit_entries').columns(['case_id', 'id']).execute();
  // The log refuses to be rewritten, whoever connects: an UPDATE, DELETE or TRUNCATE raises.
  await sql`
    create function audit_entries_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_entries is append-only (% refused)', tg_op;
    end
    $$`.execute(db);
  await sql`create trigger audit_entries_no_change before update or delete on audit_entries
    for each row execute function audit_entries_append_only()`.execute(db);
  await sql`create trigger audit_entries_no_truncate before truncate on audit_entries
    for each statement execute function audit_entries_append_only()`.execute(db);

  await db.schema
    .createTable('trash')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('owner_id', 'uuid', (c) => c.notNull())
    .addColumn('entity_kind', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rows', 'jsonb', (c) => c.notNull())
    .addColumn('links', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('deleted_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('deleted_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trash_case').on('trash').columns(['case_id', 'deleted_at']).execute();
  await db.schema.createIndex('trash_owner').on('trash').columns(['owner_id', 'deleted_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('trash').execute();
  await db.schema.dropTable('audit_entries').execute();
  await sql`drop function audit_entries_append_only()`.execute(db);
}
