// Frozen. An office's caseload at scale: a counter bumped by every change to a case or anything in it
// (the deadlines across cases are stored per case against it and read in one query), the stored
// deadlines themselves, and the index the paged case list reads by.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('case_deadlines')
    .addColumn('case_id', 'uuid', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('computed_on', 'date', (c) => c.notNull())
    .addColumn('format', 'integer', (c) => c.notNull())
    .addColumn('deadlines', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cases_owner_updated').on('cases').columns(['owner_id', 'updated_at desc']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('cases_owner_updated').execute();
  await db.schema.dropTable('case_deadlines').execute();
  await db.schema.alterTable('cases').dropColumn('revision').execute();
}
