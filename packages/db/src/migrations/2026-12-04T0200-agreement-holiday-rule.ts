// Frozen. The written agreement records its 休日 clause (`holidayRule` in the terms: what an
// installment due on a bank holiday does, 民法142条). Agreements stored before were never asked: they
// get null ("the paper says nothing"), so the checklist asks the user to look, instead of assuming
// the 翌営業日 clause that new agreements default to.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update agreements set terms = terms || '{"holidayRule": null}'::jsonb where not (terms ? 'holidayRule')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update agreements set terms = terms - 'holidayRule'`.execute(db);
}
