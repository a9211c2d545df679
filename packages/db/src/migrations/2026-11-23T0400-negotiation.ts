// Frozen. Negotiation with each creditor: its current step (and every dated change), the contacts
// with their attached files, the offers, the written agreement and the payments made under it.
// created_at uses clock_timestamp(): rows written in one transaction (a case file import) keep their order.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('creditors')
    .addColumn('negotiation_status', 'text', (c) => c.notNull().defaultTo('not-started'))
    .execute();
  await db.schema
    .alterTable('cases')
    .addColumn('step_norms', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema
    .createTable('status_changes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('creditor_id', 'uuid', (c) => c.notNull().references('creditors.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('successor', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('status_changes_creditor').on('status_changes').columns(['creditor_id', 'created_at']).execute();
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('creditor_id', 'uuid', (c) => c.notNull().references('creditors.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('person', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('promises', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_action', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_action_due', 'date')
    .addColumn('next_action_done', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('contacts_creditor').on('contacts').columns(['creditor_id', 'at']).execute();
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contact_id', 'uuid', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('attachments_contact').on('attachments').column('contact_id').execute();
  await db.schema
    .createTable('offers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('creditor_id', 'uuid', (c) => c.notNull().references('creditors.id').onDelete('cascade'))
    .addColumn('contact_id', 'uuid', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('offer', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('offers_creditor').on('offers').columns(['creditor_id', 'created_at']).execute();
  await db.schema
    .createTable('agreements')
    .addColumn('creditor_id', 'uuid', (c) => c.primaryKey().references('creditors.id').onDelete('cascade'))
    .addColumn('terms', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('payments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('creditor_id', 'uuid', (c) => c.notNull().references('creditors.id').onDelete('cascade'))
    .addColumn('paid_on', 'date', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('payments_creditor').on('payments').columns(['creditor_id', 'paid_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['payments', 'agreements', 'offers', 'attachments', 'contacts', 'status_changes'])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('cases').dropColumn('step_norms').execute();
  await db.schema.alterTable('creditors').dropColumn('negotiation_status').execute();
}
