// Frozen. What the documents of a case need besides the case file: each contract's 会員番号・契約番号
// (the creditor finds the account by it; null until given, so older case files round-trip), and each office's letterhead, kept once per owner.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contracts').addColumn('contract_number', 'text').execute();
  await db.schema
    .createTable('letterheads')
    .addColumn('owner_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('letterhead', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('letterheads').execute();
  await db.schema.alterTable('contracts').dropColumn('contract_number').execute();
}
