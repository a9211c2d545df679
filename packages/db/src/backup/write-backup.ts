// `wakai backup`: every table in one read-only REPEATABLE READ transaction (one consistent snapshot
// while others keep working), streamed through a cursor into a gzip'd file written beside the target
// and renamed into place only when complete.

import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, columnsOf, quoted, tablesInOrder } from './backup-format.js';

const ROWS_PER_FETCH = 500;

export interface BackupSummary {
  file: string;
  /** Rows written per table. */
  rows: Record<string, number>;
}

/** Writes the whole database to `file` (atomically: a crash leaves any older file as it was). */
export async function writeBackup(
  db: Kysely<Database>,
  file: string,
  { engine, now = new Date() }: { engine: string; now?: Date },
): Promise<BackupSummary> {
  const temporary = `${file}.${process.pid}.tmp`;
  const gzip = createGzip();
  const out = createWriteStream(temporary);
  gzip.pipe(out);
  // Every line before the closing one, hashed: a restore refuses a file edited by hand or damaged.
  const checksum = createHash('sha256');
  const write = async (line: string) => {
    checksum.update(`${line}\n`);
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    const rows = await db.connection().execute(async (connection) => {
      await sql`begin transaction isolation level repeatable read read only`.execute(connection);
      try {
        const migrations = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(connection)).rows.map(
          (row) => row.name,
        );
        const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), engine, migrations };
        await write(JSON.stringify(header));
        const counts: Record<string, number> = {};
        for (const table of await tablesInOrder(connection)) {
          await write(JSON.stringify(['table', table, await columnsOf(connection, table)]));
          counts[table] = await copyRows(connection, table, write);
        }
        await write(JSON.stringify(['end', counts, { sha256: checksum.copy().digest('hex') }]));
        return counts;
      } finally {
        await sql`rollback`.execute(connection);
      }
    });
    gzip.end();
    await once(out, 'close');
    const fd = openSync(temporary, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, file);
    return { file, rows };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A table's rows through a cursor (a large history is never held in memory at once); how many. */
async function copyRows(connection: Kysely<Database>, table: string, write: (line: string) => Promise<void>): Promise<number> {
  // The case log in its chains' order: a restore re-checks each entry as the next of its case.
  const order = table === 'audit_entries' ? sql` order by case_id, seq, id` : sql``;
  // A history only: rows a save is staging, or of a generation it replaced, are no one's history.
  const only = table === 'transactions' ? sql` where (contract_id, generation) in (select id, history_generation from contracts)` : sql``;
  await sql`declare wakai_backup no scroll cursor for select row_to_json(t)::text as row from ${sql.raw(quoted(table))} t${only}${order}`.execute(
    connection,
  );
  let count = 0;
  for (;;) {
    const { rows } = await sql<{ row: string }>`fetch forward ${sql.raw(String(ROWS_PER_FETCH))} from wakai_backup`.execute(connection);
    for (const row of rows) await write(row.row);
    count += rows.length;
    if (rows.length < ROWS_PER_FETCH) break;
  }
  await sql`close wakai_backup`.execute(connection);
  return count;
}
