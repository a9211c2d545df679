// Frozen: never edit an applied migration; add a new one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('password_hash', 'text')
    .addColumn('is_local', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('debtor', 'jsonb', (c) => c.notNull())
    .addColumn('budget', 'jsonb', (c) => c.notNull())
    .addColumn('assets', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('cases_owner').on('cases').column('owner_id').execute();
  await db.schema
    .createTable('creditors')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('guarantor_company', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('creditors_case').on('creditors').columns(['case_id', 'position']).execute();
  await db.schema
    .createTable('contracts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('creditor_id', 'uuid', (c) => c.notNull().references('creditors.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contract_date', 'date')
    .addColumn('contract_rate', 'text')
    .addColumn('credit_limit', 'bigint')
    .addColumn('claimed_balance', 'bigint')
    .addColumn('monthly_payment', 'bigint')
    .addColumn('due_day', 'integer')
    .addColumn('last_payment_date', 'date')
    .addColumn('delinquent', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('guarantor_person', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('collateral', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recalc_options', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('contracts_creditor').on('contracts').columns(['creditor_id', 'position']).execute();
  await db.schema
    .createTable('transactions')
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('borrow', 'bigint', (c) => c.notNull())
    .addColumn('repay', 'bigint', (c) => c.notNull())
    .addColumn('rate', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('estimated', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('transactions_pk', ['contract_id', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['transactions', 'contracts', 'creditors', 'cases', 'sessions', 'users']) await db.schema.dropTable(table).execute();
}
