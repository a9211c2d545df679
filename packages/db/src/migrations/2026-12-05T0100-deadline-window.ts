// Frozen. Deadlines as rows with absolute dates (issue 19): each case's list is kept per day it was
// computed for (today, and tomorrow computed ahead by the scheduled refresh, so the turn of the day
// recomputes nothing at request time), one row per deadline, so that a window (a date range, paged,
// filtered by case, kind and person responsible) is read in SQL instead of the whole list.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_deadlines').execute();
  await db.schema
    .createTable('deadline_lists')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('computed_on', 'date', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('format', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('deadline_lists_pk', ['case_id', 'computed_on'])
    .execute();
  await db.schema
    .createTable('deadline_entries')
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('computed_on', 'date', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_title', 'text', (c) => c.notNull())
    .addColumn('uid', 'text', (c) => c.notNull())
    .addColumn('deadline', 'jsonb', (c) => c.notNull())
    .addForeignKeyConstraint('deadline_entries_list', ['case_id', 'computed_on'], 'deadline_lists', ['case_id', 'computed_on'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('deadline_entries_day_date').on('deadline_entries').columns(['computed_on', 'date']).execute();
  await db.schema.createIndex('deadline_entries_case').on('deadline_entries').columns(['case_id', 'computed_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deadline_entries').execute();
  await db.schema.dropTable('deadline_lists').execute();
  await db.schema
    .createTable('case_deadlines')
    .addColumn('case_id', 'uuid', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('computed_on', 'date', (c) => c.notNull())
    .addColumn('format', 'integer', (c) => c.notNull())
    .addColumn('deadlines', 'jsonb', (c) => c.notNull())
    .execute();
}
