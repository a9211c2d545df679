// Frozen. A trigram index for the case list's search (issue 19): a word is found anywhere in the
// title, the debtor's name or furigana without reading every case. Only where PostgreSQL offers
// pg_trgm and we may add it (the embedded PGlite has none: it searches its few cases by reading them).
// The expression is the one case-list.repository.ts searches, character for character.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ usable: boolean }>`select exists (select 1 from pg_available_extensions where name = 'pg_trgm')
      and (exists (select 1 from pg_extension where extname = 'pg_trgm') or has_database_privilege(current_database(), 'CREATE')) as usable`.execute(
    db,
  );
  if (!rows[0]?.usable) return;
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index if not exists cases_search_trgm on cases using gin ((title || ' ' || coalesce(debtor->>'name', '') || ' ' || coalesce(debtor->>'nameKana', '') || ' ' || replace(coalesce(debtor->>'name', ''), ' ', '')) gin_trgm_ops)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists cases_search_trgm`.execute(db);
}
