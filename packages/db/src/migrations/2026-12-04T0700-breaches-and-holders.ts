// Frozen. Issue 22: breaches of an agreement recorded against the creditor (what was agreed, what
// happened, when — kept as the validated JSON, like offers), and on each contract whose name it is
// in (契約者, and whether the debtor guaranteed it) and whether 名義盗用 is suspected. Existing
// contracts read as the debtor's own.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agreement_breaches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('creditor_id', 'uuid', (c) => c.notNull().references('creditors.id').onDelete('cascade'))
    .addColumn('breach', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('agreement_breaches_creditor').on('agreement_breaches').columns(['creditor_id', 'created_at']).execute();
  await db.schema
    .alterTable('contracts')
    .addColumn('holder', 'jsonb', (c) => c.notNull().defaultTo(sql`'{"relation":"self","name":"","debtorGuarantees":false}'::jsonb`))
    .execute();
  await db.schema
    .alterTable('contracts')
    .addColumn('identity_theft', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contracts').dropColumn('identity_theft').execute();
  await db.schema.alterTable('contracts').dropColumn('holder').execute();
  await db.schema.dropTable('agreement_breaches').execute();
}
