// Frozen. The negotiation step 和解案送付 takes its glossary name: `proposal-sent` becomes
// `offer-sent` in each creditor's current step, in the dated changes and in a case's step norms.
import { type Kysely, sql } from 'kysely';

async function rename(db: Kysely<unknown>, from: string, to: string): Promise<void> {
  await sql`update creditors set negotiation_status = ${to} where negotiation_status = ${from}`.execute(db);
  await sql`update status_changes set status = ${to} where status = ${from}`.execute(db);
  await sql`
    update cases
    set step_norms = (step_norms - ${from}::text) || jsonb_build_object(${to}::text, step_norms -> ${from}::text)
    where step_norms ? ${from}::text
  `.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rename(db, 'proposal-sent', 'offer-sent');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rename(db, 'offer-sent', 'proposal-sent');
}
