// `wakai restore FILE`: a backup into an empty database (either engine), all in one transaction: the
// schema is first brought to the backup's migrations, the rows go in table by table (parents first),
// the row counts are checked against the file's closing line, then the schema is brought up to date.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { type AuditChainHeads, verifyAuditChains } from '../audit-chain.repository.js';
import { knownMigrations, migrateToLatest, migrateUpTo } from '../migrate.js';
import type { Database } from '../schema.js';
import { BACKUP_FORMAT, BackupError, type BackupHeader, columnsOf, quoted, tablesInOrder } from './backup-format.js';
import { mapOwnership, type RestoreOwnership } from './restore-ownership.js';
import type { BackupSummary } from './write-backup.js';

const ROWS_PER_INSERT = 500;

/** Restores `file`; refuses a database that holds data unless `force` (which replaces it all). */
export async function restoreBackup(
  db: Kysely<Database>,
  file: string,
  { force = false, ownership }: { force?: boolean; ownership?: RestoreOwnership } = {},
): Promise<BackupSummary> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  const first = await lines.next().catch(unreadable(file));
  const header = checkedHeader(first.done ? undefined : first.value);
  await migrateUpTo(db, header.migrations.at(-1) as string);
  const rows = await db.connection().execute(async (connection) => {
    await sql`begin`.execute(connection);
    try {
      await makeRoom(connection, force);
      const carried: AuditChainHeads = {};
      const counts = await insertRows(connection, lines, { header: first.value as string, checked: header.version >= 2, carried });
      if (header.migrations.includes(CHAIN_HELD)) await checkRestoredLog(connection, carried);
      if (ownership) await mapOwnership(connection, ownership);
      await continueIdentities(connection);
      await sql`commit`.execute(connection);
      return counts;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
  await migrateToLatest(db);
  return { file, rows };
}

function unreadable(file: string) {
  return (error: Error): never => {
    throw new BackupError(`バックアップファイルを読めません: ${file}`, `cannot read the backup ${file}: ${error.message}`);
  };
}

function checkedHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> | undefined;
  try {
    header = line ? JSON.parse(line) : undefined;
  } catch {}
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.migrations) || header.migrations.length === 0)
    throw new BackupError('Wakai のバックアップファイルではありません', 'not a Wakai backup file');
  const unknown = header.migrations.filter((name) => !knownMigrations().includes(name));
  if (unknown.length > 0)
    throw new BackupError(
      `このバックアップはより新しい版の Wakai で作られています(${unknown.join(', ')})。Wakai を更新してから復元してください`,
      `the backup was made by a newer Wakai (${unknown.join(', ')}); update Wakai first`,
    );
  return header as BackupHeader;
}

/** An empty database is restored into as it is; one with data only with --force, emptied first. */
async function makeRoom(connection: Kysely<Database>, force: boolean) {
  const tables = await tablesInOrder(connection);
  const held: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.raw(quoted(table))}`.execute(connection);
    if (Number(rows[0]?.n) > 0) held[table] = Number(rows[0]?.n);
  }
  if (Object.keys(held).length === 0) return;
  if (!force)
    throw new BackupError(
      `復元先のデータベースは空ではありません(案件 ${held.cases ?? 0}件、利用者 ${held.users ?? 0}人ほか)。` +
        '復元はバックアップの時点の内容をそのまま書き込むため、今ある案件と混ざったり、同じIDがぶつかったりします。' +
        '新しいデータフォルダ(--data)か新しく作ったデータベース(DATABASE_URL)に復元してください。' +
        '今ある内容をすべて消してバックアップで置き換える場合に限り --force を付けてください',
      `the database is not empty (${Object.entries(held)
        .map(([table, n]) => `${table}: ${n}`)
        .join(', ')}); restore into a fresh data folder or database, or give --force to replace everything in it`,
    );
  // The case log refuses TRUNCATE to everyone but this: replacing the whole database is the operator's
  // explicit --force, and the backup brings its own log back. Re-enabled in the same transaction.
  const logged = tables.includes('audit_entries');
  if (logged) await sql`alter table audit_entries disable trigger user`.execute(connection);
  await sql`truncate ${sql.raw([...tables, 'sessions'].map(quoted).join(', '))} cascade`.execute(connection);
  if (logged) await sql`alter table audit_entries enable trigger user`.execute(connection);
}

const HEADS = 'audit_chain_heads';

function keepHead(carried: AuditChainHeads, line: string) {
  let head: { case_id?: unknown; seq?: unknown; hash?: unknown } = {};
  try {
    head = JSON.parse(line);
  } catch {}
  if (typeof head.case_id !== 'string' || typeof head.hash !== 'string') throw damaged(`a row of ${HEADS} cannot be read`);
  carried[head.case_id] = { seq: Number(head.seq), hash: head.hash };
}

/** From this migration on, a backup's case log ends at the heads it carries (a cut log is refused). */
const CHAIN_HELD = '2026-12-05T0300-audit-chain-held';

/**
 * The restored case log walked like `wakai audit verify` does, the heads the file carries as its
 * anchor: an entry edited, removed or cut off the end in the file is refused. (The heads themselves
 * are not inserted: the log's trigger rebuilds them from the entries, as it does for every insert.)
 */
async function checkRestoredLog(connection: Kysely<Database>, carried: AuditChainHeads) {
  const { problems } = await verifyAuditChains(connection, { anchor: carried });
  const first = problems[0];
  if (first) throw editedLog(`case ${first.caseId}, entry #${first.seq}: ${first.problem}`);
}

/** Identity columns continue after the restored rows (their ids came from the backup, not the sequence). */
async function continueIdentities(connection: Kysely<Database>) {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and is_identity = 'YES'`.execute(connection);
  for (const { table_name: table, column_name: column } of rows) {
    await sql`select setval(pg_get_serial_sequence(${quoted(table)}, ${column}),
      coalesce((select max(${sql.raw(quoted(column))}) from ${sql.raw(quoted(table))}), 0) + 1, false)`.execute(connection);
  }
}

/** The rows after the header, table by table, in batches; the counts checked against the closing line. */
async function insertRows(
  connection: Kysely<Database>,
  lines: AsyncIterator<string>,
  { header, checked, carried }: { header: string; checked: boolean; carried: AuditChainHeads },
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  // The file's own checksum (format 2 on) covers every line before the closing one, the header included.
  const checksum = createHash('sha256').update(`${header}\n`);
  let table: { name: string; columns: string[] } | undefined;
  let batch: string[] = [];
  const flush = async () => {
    if (table?.name === HEADS) for (const row of batch) keepHead(carried, row);
    else if (table && batch.length > 0) await insertBatch(connection, table, batch);
    batch = [];
  };
  for (let next = await readOn(lines); !next.done; next = await readOn(lines)) {
    const line = next.value;
    const before = checksum.copy();
    checksum.update(`${line}\n`);
    if (line.startsWith('{')) {
      if (!table) throw damaged('a row before its table');
      batch.push(line);
      counts[table.name] = (counts[table.name] ?? 0) + 1;
      if (batch.length >= ROWS_PER_INSERT) await flush();
      continue;
    }
    await flush();
    const [kind, name, columns] = parsedLine(line);
    if (kind === 'end') {
      if (JSON.stringify(name) !== JSON.stringify(counts)) throw damaged('row counts differ from the closing line');
      if (checked && (columns as { sha256?: string } | undefined)?.sha256 !== before.digest('hex'))
        throw damaged('the checksum differs: the file was changed after it was written');
      return counts;
    }
    if (kind !== 'table' || typeof name !== 'string' || !Array.isArray(columns)) throw damaged(`unexpected line: ${line.slice(0, 80)}`);
    const present = await columnsOf(connection, name);
    if (present.length === 0) throw damaged(`no table ${name} in this database`);
    table = { name, columns: (columns as string[]).filter((column) => present.includes(column)) };
    counts[name] = 0;
  }
  throw damaged('the file ends before its closing line (cut short?)');
}

/** The next line; a compressed stream cut short (or not gzip at all past the header) is a damaged file. */
async function readOn(lines: AsyncIterator<string>): Promise<IteratorResult<string>> {
  try {
    return await lines.next();
  } catch (error) {
    throw damaged(`the compressed data is cut short or damaged (${(error as Error).message})`);
  }
}

function parsedLine(line: string): [string, unknown, unknown] {
  try {
    return JSON.parse(line) as [string, unknown, unknown];
  } catch {
    throw damaged(`a line that is not JSON: ${line.slice(0, 80)}`);
  }
}

/** PostgreSQL's class 22 (data exception): a row cut in the middle, or a value that is not what its column holds. */
const DATA_EXCEPTION = /^22/;

async function insertBatch(connection: Kysely<Database>, table: { name: string; columns: string[] }, rows: string[]) {
  const columns = sql.raw(table.columns.map(quoted).join(', '));
  // OVERRIDING SYSTEM VALUE: an identity column (the case log's ids) takes the backup's values.
  await sql`insert into ${sql.raw(quoted(table.name))} (${columns}) overriding system value
    select ${columns} from json_populate_recordset(null::${sql.raw(quoted(table.name))}, ${`[${rows.join(',')}]`}::json)`
    .execute(connection)
    .catch((error: { code?: string; message?: string }) => {
      if (DATA_EXCEPTION.test(error.code ?? '')) throw damaged(`a row of ${table.name} cannot be read: ${error.message}`);
      // The log's trigger refuses an entry whose hash or place is not the one it would have here.
      if (error.message?.startsWith('audit_entries:')) throw editedLog(error.message);
      throw error;
    });
}

function editedLog(why: string) {
  return new BackupError(
    'バックアップの変更履歴(監査ログ)が書き換えられているか、途中が抜けています。復元は行っていません',
    `the backup's audit log was edited or cut (${why}); nothing was restored`,
  );
}

function damaged(why: string) {
  return new BackupError(
    'バックアップファイルが壊れているか、途中で切れています。復元は行っていません',
    `the backup is damaged: ${why}; nothing was restored`,
  );
}
