// Frozen. The deadlines window's page read in its own order from an index (issue 19): date, case title
// and id by code point, as the window sorts, so a page walks its offset and limit instead of sorting
// every deadline of the day's first dates (at 10,000 cases, thousands a day).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index deadline_entries_window on deadline_entries (computed_on, date, case_title collate "C", uid collate "C")`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index deadline_entries_window`.execute(db);
}
