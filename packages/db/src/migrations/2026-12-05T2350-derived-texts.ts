// Frozen. What is derived from a case as a lookup (issue 19): the case overview and a contract's
// default recalculation, kept as their JSON text in one table, by kind and slot, each with the stamp it
// was computed at (the case's revision, the history's version…), so any server process reads one row.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('derived_texts')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('stamp', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('derived_texts_pk', ['case_id', 'kind', 'slot'])
    .execute();
  await db.schema.createIndex('derived_texts_day').on('derived_texts').column('day').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('derived_texts').execute();
}
