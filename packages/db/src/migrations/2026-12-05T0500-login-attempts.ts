// Frozen. The login throttle's memory in the database (issue 19): several server processes share one
// count of failed logins per account and source, and one list of the devices an account logged in on.
// Failures are forgotten a day after the last one; neither table is backed up.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_failures')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_key_at').on('login_failures').columns(['key', 'at']).execute();
  await db.schema
    .createTable('login_devices')
    .addColumn('device', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_devices_pk', ['device', 'account'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_devices').execute();
  await db.schema.dropTable('login_failures').execute();
}
