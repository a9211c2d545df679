// Frozen. The negotiation board as a lookup (issue 19): each case's board as computed for a day, a
// reader's role and the office's profession, kept as its JSON text against the case's revision and
// version, so that any server process answers a board read from one row instead of computing it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('negotiation_boards')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('reader', 'text', (c) => c.notNull())
    .addColumn('profession', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('format', 'integer', (c) => c.notNull())
    .addColumn('board', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('negotiation_boards_pk', ['case_id', 'day', 'reader', 'profession'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('negotiation_boards').execute();
}
