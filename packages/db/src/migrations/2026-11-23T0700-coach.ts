// Frozen. The negotiation coach: what a creditor demanded in a contact (a lump sum, a lawsuit) and
// whether it was collection after the 受任通知 (貸金業法21条1項9号); on the case, whether an office
// acts for the debtor (null: not stated) and the consultation checklist as the user ticked it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('contacts')
    .addColumn('demand', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('collection_after_notice', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .alterTable('cases')
    .addColumn('office_acts', 'boolean')
    .addColumn('checklist', 'jsonb', (c) => c.notNull().defaultTo(sql`'{"ticked":[],"questions":[]}'::jsonb`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').dropColumn('checklist').dropColumn('office_acts').execute();
  await db.schema.alterTable('contacts').dropColumn('collection_after_notice').dropColumn('demand').execute();
}
