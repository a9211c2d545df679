// Frozen. A status step can be undone (issue 18 #9) without erasing it: the undo is a change of its
// own, pointing at the step it takes back, so both stay in the creditor's history.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table status_changes add column undoes uuid`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table status_changes drop column undoes`.execute(db);
}
