// The backup file, the same for both engines: gzip'd JSON lines. A header (format, the migrations the
// data is at), then per table a ["table", name, columns] line followed by one row per line (as
// PostgreSQL's row_to_json writes it: bytea as \x hex, timestamps ISO 8601), and a closing
// ["end", counts] line without which the file is refused as cut short.
import { type Kysely, sql } from 'kysely';
import { derivedTables } from '../derived-tables.js';

export const BACKUP_FORMAT = 'wakai-backup';
/** 2: the closing line carries the SHA-256 of every line before it, checked on restore (1 had none). */
export const BACKUP_VERSION = 2;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  engine: string;
  /** The migrations applied where the backup was made, in order: the restore brings the schema there first. */
  migrations: string[];
}

/** Not backed up: the migrations' own bookkeeping, logins (everyone logs in again after a restore), the
 * answers kept for retried requests (a day's worth, of requests made against the old data) and the
 * login throttle's counts, the negotiation boards and other derived texts (computed again when read), and the deadline
 * marks (kept by triggers: the restored cases renew them as they are inserted). */
const SKIPPED = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'sessions',
  'idempotency_keys',
  'login_failures',
  'login_devices',
  ...derivedTables,
]);

/** A refusal or a damaged file, in Japanese and English (the CLI prints both). */
export class BackupError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The data tables, parents before children (the order rows can be inserted in). */
export async function tablesInOrder<T>(db: Kysely<T>): Promise<string[]> {
  const tables = (
    await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db)
  ).rows
    .map((row) => row.name)
    .filter((name) => !SKIPPED.has(name));
  const links = (
    await sql<{ child: string; parent: string }>`
      select c.relname as child, p.relname as parent
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = k.connamespace
      where k.contype = 'f' and n.nspname = 'public'`.execute(db)
  ).rows;
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table)) return;
    if (path.includes(table)) throw new Error(`foreign keys in a cycle: ${[...path, table].join(' → ')}`);
    for (const link of links)
      if (link.child === table && link.parent !== table && tables.includes(link.parent)) visit(link.parent, [...path, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

export async function columnsOf<T>(db: Kysely<T>, table: string): Promise<string[]> {
  return (
    await sql<{ name: string }>`
      select column_name as name from information_schema.columns
      where table_schema = 'public' and table_name = ${table} order by ordinal_position`.execute(db)
  ).rows.map((row) => row.name);
}
