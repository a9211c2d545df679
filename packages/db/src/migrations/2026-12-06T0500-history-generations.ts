// Frozen. History generations (issue 19): on PGlite a 200,000-row history is written beside the
// current one under a new generation, in short transactions, and the contract switches to it in one
// small update; reads see only the contract's history_generation. Existing rows become generation 0,
// which every contract starts at (a new contract's first save takes the next one).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('contracts')
    .addColumn('history_generation', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  // No default left on the rows: every writer names the generation it writes.
  await db.schema
    .alterTable('transactions')
    .addColumn('generation', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('transactions')
    .alterColumn('generation', (c) => c.dropDefault())
    .execute();
  await db.schema.alterTable('transactions').dropConstraint('transactions_pk').execute();
  await db.schema
    .alterTable('transactions')
    .addPrimaryKeyConstraint('transactions_pk', ['contract_id', 'generation', 'position'])
    .execute();
  await sql`create sequence history_generations`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop sequence history_generations`.execute(db);
  await sql`delete from transactions t using contracts c where c.id = t.contract_id and t.generation <> c.history_generation`.execute(db);
  await db.schema.alterTable('transactions').dropConstraint('transactions_pk').execute();
  await db.schema.alterTable('transactions').dropColumn('generation').execute();
  await db.schema.alterTable('transactions').addPrimaryKeyConstraint('transactions_pk', ['contract_id', 'position']).execute();
  await db.schema.alterTable('contracts').dropColumn('history_generation').execute();
}
