// Frozen. The facts a debt position turns on: for a creditor, whose claim a servicer holds and the
// user's choice to put it in or leave it out of the plan; for a contract, its kind (a loan or card
// shopping) and its limitation facts (acceleration clause, court title, acknowledgement).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('creditors').addColumn('original_creditor', 'jsonb').addColumn('in_plan', 'boolean').execute();
  await db.schema
    .alterTable('contracts')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('loan'))
    .addColumn('limitation_facts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contracts').dropColumn('kind').dropColumn('limitation_facts').execute();
  await db.schema.alterTable('creditors').dropColumn('original_creditor').dropColumn('in_plan').execute();
}
