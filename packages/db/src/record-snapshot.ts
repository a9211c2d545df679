// A record with every row hung on it, found through the foreign keys as PostgreSQL declares them
// (a table added later comes along without a change here), and put back exactly as it was. Rows
// travel as to_jsonb / jsonb_populate_recordset, so every column type keeps its exact value.
import { sql } from 'kysely';
import type { Db } from './db.js';
import { derivedTables } from './derived-tables.js';

/** A row that pointed at the record by an ON DELETE SET NULL key: re-pointed on restore. */
export interface SnapshotLink {
  table: string;
  column: string;
  value: string;
  key: Record<string, string>;
}

export interface RecordSnapshot {
  /** Tables in an order that inserts parents before children. */
  tables: { table: string; rows: Record<string, unknown>[] }[];
  links: SnapshotLink[];
}

interface ForeignKey {
  table: string;
  column: string;
  parent: string;
  parentColumn: string;
  type: string;
  /** pg_constraint.confdeltype: c cascade, n set null, others refuse the delete. */
  onDelete: string;
}

async function foreignKeys(db: Db): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    select c.conrelid::regclass::text as "table", a.attname as "column", c.confrelid::regclass::text as "parent",
           pa.attname as "parentColumn", format_type(a.atttypid, a.atttypmod) as "type", c.confdeltype as "onDelete"
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
    where c.contype = 'f' and cardinality(c.conkey) = 1
      and c.connamespace = (select oid from pg_namespace where nspname = current_schema())`.execute(db);
  return rows;
}

async function primaryKey(db: Db, table: string): Promise<string[]> {
  const { rows } = await sql<{ column: string }>`
    select a.attname as "column" from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${table}::regclass and i.indisprimary`.execute(db);
  return rows.map((r) => r.column);
}

async function rowsWhere(db: Db, table: string, column: string, type: string, values: string[]): Promise<Record<string, unknown>[]> {
  // The values go as one JSON parameter (the same on both drivers), cast to the key's own type so its index serves.
  const { rows } = await sql<{ row: Record<string, unknown> }>`
    select to_jsonb(t) as "row" from ${sql.table(table)} t
    where ${sql.ref(`t.${column}`)} = any(array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))::${sql.raw(type)}[])`.execute(
    db,
  );
  return rows.map((r) => r.row);
}

/** The row of `table` with this `id` and everything that cascades from it. */
export async function snapshotRecord(db: Db, table: string, id: string): Promise<RecordSnapshot> {
  const keys = await foreignKeys(db);
  const collected = new Map<string, Map<string, Record<string, unknown>>>();
  const links: SnapshotLink[] = [];
  let frontier = [{ table, column: 'id', type: 'uuid', values: [id] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const step of frontier) {
      const seen = collected.get(step.table) ?? new Map<string, Record<string, unknown>>();
      collected.set(step.table, seen);
      const fresh = (await rowsWhere(db, step.table, step.column, step.type, step.values)).filter((row) => {
        const text = JSON.stringify(row);
        if (seen.has(text)) return false;
        seen.set(text, row);
        return true;
      });
      for (const key of keys.filter((k) => k.parent === step.table && fresh.length > 0)) {
        const values = [
          ...new Set(
            fresh
              .map((row) => row[key.parentColumn])
              .filter((v) => v !== null && v !== undefined)
              .map(String),
          ),
        ];
        if (values.length === 0) continue;
        if (derivedTables.has(key.table)) continue;
        if (key.onDelete === 'c') next.push({ table: key.table, column: key.column, type: key.type, values });
        if (key.onDelete === 'n') links.push(...(await linksOf(db, key, values)));
      }
    }
    frontier = next;
  }
  return { tables: parentsFirst(collected, keys), links };
}

async function linksOf(db: Db, key: ForeignKey, values: string[]): Promise<SnapshotLink[]> {
  const primary = await primaryKey(db, key.table);
  const rows = await rowsWhere(db, key.table, key.column, key.type, values);
  return rows.map((row) => ({
    table: key.table,
    column: key.column,
    value: String(row[key.column]),
    key: Object.fromEntries(primary.map((c) => [c, String(row[c])])),
  }));
}

function parentsFirst(collected: Map<string, Map<string, Record<string, unknown>>>, keys: ForeignKey[]) {
  const pending = [...collected.keys()].filter((t) => (collected.get(t)?.size ?? 0) > 0);
  const ordered: { table: string; rows: Record<string, unknown>[] }[] = [];
  while (pending.length > 0) {
    const index = pending.findIndex((t) => !keys.some((k) => k.table === t && k.parent !== t && pending.includes(k.parent)));
    const [table] = pending.splice(index < 0 ? 0 : index, 1) as [string];
    ordered.push({ table, rows: [...(collected.get(table)?.values() ?? [])] });
  }
  return ordered;
}

/** Puts the rows back (columns added since keep their defaults) and re-points the links still empty. */
export async function restoreRecord(db: Db, snapshot: RecordSnapshot): Promise<void> {
  for (const { table, rows } of snapshot.tables) {
    const columns = Object.keys(rows[0] ?? {});
    if (columns.length === 0) continue;
    const list = sql.join(columns.map((c) => sql.ref(c)));
    await sql`insert into ${sql.table(table)} (${list})
      select ${list} from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`.execute(db);
  }
  for (const link of snapshot.links) {
    const where = sql.join(
      Object.entries(link.key).map(([column, value]) => sql`${sql.ref(column)}::text = ${value}`),
      sql` and `,
    );
    await sql`update ${sql.table(link.table)} set ${sql.ref(link.column)} = ${link.value}
      where ${where} and ${sql.ref(link.column)} is null`.execute(db);
  }
}
