// The case log's chain held by the database (issue 18 #16), on every engine: an insert cannot choose
// its place or hash; a removed tail no longer matches the head the trigger keeps (and an owner who
// rewrites the head too is caught by an anchor kept off the database); entries older than the chain
// are chained by the migration; a backup whose log was edited or cut — its checksum recomputed — is
// refused on restore.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appendAuditEntry } from './audit.repository.js';
import { verifyAuditChains } from './audit-chain.repository.js';
import { BackupError } from './backup/backup-format.js';
import { restoreBackup } from './backup/restore-backup.js';
import { writeBackup } from './backup/write-backup.js';
import { openDatabase } from './connect.js';
import type { Db } from './db.js';
import { migrateToLatest, migrateUpTo } from './migrate.js';
import { testEngines } from './test-databases.js';

const entry = (caseId: string, label: string) => ({
  caseId,
  actorId: null,
  actorName: '事務 員',
  action: 'update' as const,
  entityKind: 'case',
  entityId: caseId,
  label,
  changes: [{ field: 'title', from: '前', to: label }],
  at: new Date('2026-12-05T01:02:03.456Z'),
});

async function logOf(db: Db, caseId: string, labels: string[]) {
  for (const label of labels) await appendAuditEntry(db, entry(caseId, label));
}

/** An insert as the app could write it, choosing its id or its place in the chain. */
const forge = (db: Db, caseId: string, { id, seq, prev, hash }: { id?: number; seq?: number; prev?: string; hash?: string }) =>
  sql`insert into audit_entries (${sql.raw(id === undefined ? '' : 'id, ')}case_id, actor_name, action, entity_kind, entity_id, label,
      changes, at, seq, prev_hash, hash) overriding system value
    values (${sql.raw(id === undefined ? '' : `${id}, `)}${caseId}, '偽物', 'update', 'case', ${caseId}, '差し込み', '[]'::jsonb,
      ${new Date('2020-01-01T00:00:00Z')}, ${seq ?? null}, ${prev ?? null}, ${hash ?? null})`
    .execute(db)
    .then(() => 'stored')
    .catch((error: Error) => error.message);

/** The owner's way round the append-only triggers (what the app's role may not do). */
async function asOwnerBehindTriggers(db: Db, statement: ReturnType<typeof sql>) {
  await sql`alter table audit_entries disable trigger user`.execute(db);
  await statement.execute(db);
  await sql`alter table audit_entries enable trigger user`.execute(db);
}

describe.each(testEngines())('the case log chain on $name', (engine) => {
  it('refuses an entry that chooses its place, and names a removed tail — with an anchor, a rewritten head too', async () => {
    const opened = await engine.open();
    const [a, b] = [randomUUID(), randomUUID()];
    try {
      await logOf(opened.db, a, ['一', '二', '三', '四', '五']);
      await logOf(opened.db, b, ['別']);
      const clean = await verifyAuditChains(opened.db);
      expect([clean.checked, clean.problems]).toEqual([6, []]);

      // The old bypass: a hash computed with the public function, for a place already taken or the next.
      const { rows } = await sql<{ h: string }>`select audit_entry_hash('', 1, ${a}::uuid, null, '偽物', 'update', 'case', ${a},
        '差し込み', '[]'::jsonb, ${new Date('2020-01-01T00:00:00Z')}) as h`.execute(opened.db);
      expect(await forge(opened.db, a, { seq: 1, prev: '', hash: rows[0]?.h as string })).toMatch(/does not continue its chain/);
      const head = clean.heads[a] as { seq: number; hash: string };
      expect(await forge(opened.db, a, { seq: 6, prev: head.hash, hash: 'f'.repeat(64) })).toMatch(/does not continue its chain/);
      // An id chosen before the case's entries: the entry still goes after them, as the 6th.
      expect(await forge(opened.db, a, { id: 0 })).toBe('stored');
      const placed = await opened.db
        .selectFrom('audit_entries')
        .select(['id', 'seq'])
        .where('label', '=', '差し込み')
        .executeTakeFirstOrThrow();
      expect(Number(placed.seq)).toBe(6);
      expect(Number(placed.id)).toBeGreaterThan(Math.max(...(await idsOf(opened.db, a)).slice(0, -1)));
      // An id chosen far ahead of the sequence: the case's next entries still come after it.
      expect(await forge(opened.db, a, { id: 1_000_000 })).toBe('stored');
      await logOf(opened.db, a, ['続き']);
      expect((await idsOf(opened.db, a)).slice(-2)).toEqual([1_000_000, 1_000_001]);
      expect((await verifyAuditChains(opened.db)).problems).toEqual([]);
      await asOwnerBehindTriggers(opened.db, sql`delete from audit_entries where case_id = ${a} and seq > 6`);
      await sql`update audit_chain_heads set seq = 6, hash = (select hash from audit_entries where case_id = ${a} and seq = 6)
        where case_id = ${a}`.execute(opened.db);
      const anchor = (await verifyAuditChains(opened.db)).heads;

      // The owner removes the last two entries of A and all of B, behind the triggers.
      await asOwnerBehindTriggers(opened.db, sql`delete from audit_entries where (case_id = ${a} and seq > 4) or case_id = ${b}`);
      const cut = await verifyAuditChains(opened.db);
      const lastLeft = (await idsOf(opened.db, a)).at(-1);
      expect(cut.problems).toEqual(
        expect.arrayContaining([
          { caseId: a, entryId: lastLeft, seq: 6, problem: 'tail-removed' },
          { caseId: b, entryId: 0, seq: 1, problem: 'tail-removed' },
        ]),
      );
      expect(cut.problems).toHaveLength(2);

      // Rewriting the heads as well hides the cut from the database alone — not from an anchor kept elsewhere.
      await sql`update audit_chain_heads set seq = 4, hash = (select hash from audit_entries where case_id = ${a} and seq = 4)
        where case_id = ${a}`.execute(opened.db);
      await sql`delete from audit_chain_heads where case_id = ${b}`.execute(opened.db);
      expect((await verifyAuditChains(opened.db)).problems).toEqual([]);
      const anchored = (await verifyAuditChains(opened.db, { anchor })).problems;
      expect(anchored).toEqual(
        expect.arrayContaining([
          { caseId: a, entryId: lastLeft, seq: 6, problem: 'anchor-lost' },
          { caseId: b, entryId: 0, seq: 1, problem: 'anchor-lost' },
        ]),
      );
      expect(anchored).toHaveLength(2);
    } finally {
      await opened.drop();
    }
  });

  it('refuses a backup whose log was edited or cut, though its checksum was made to match', async () => {
    const from = await engine.open();
    const dir = mkdtempSync(join(tmpdir(), 'wakai-audit-chain-'));
    const file = join(dir, 'backup.jsonl.gz');
    const caseId = randomUUID();
    try {
      await logOf(from.db, caseId, ['一', '二', '三']);
      await writeBackup(from.db, file, { engine: from.engine });
    } finally {
      await from.drop();
    }
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const logLines = lines.flatMap((line, i) => (line.includes('"actor_name":"事務 員"') ? [i] : []));
    expect(logLines).toHaveLength(3);
    const edited = lines.map((line, i) => (i === logLines[1] ? line.replace('"label":"二"', '"label":"弐"') : line));
    const cut = lines.filter((_, i) => i !== logLines[2]);
    for (const [name, changed, message] of [
      ['edited', edited, /entry \d+ of case .* does not continue its chain/],
      ['cut', cut, /anchor-lost/],
    ] as const) {
      const path = join(dir, `${name}.jsonl.gz`);
      writeFileSync(path, gzipSync(withChecksum(changed)));
      const to = await engine.open();
      try {
        const refused = (await restoreBackup(to.db, path).catch((error: unknown) => error)) as BackupError;
        expect(refused).toBeInstanceOf(BackupError);
        expect([refused.ja, refused.en]).toEqual([
          expect.stringContaining('変更履歴(監査ログ)が書き換えられている'),
          expect.stringMatching(message),
        ]);
        expect(await to.db.selectFrom('audit_entries').selectAll().execute()).toEqual([]);
      } finally {
        await to.drop();
      }
    }
    // The file as written restores, its chain intact.
    const to = await engine.open();
    try {
      await restoreBackup(to.db, file);
      expect((await verifyAuditChains(to.db)).problems).toEqual([]);
    } finally {
      await to.drop();
    }
  });
});

describe('the entries made before the chain began', () => {
  it('are chained by the migration, in the order they were made', async () => {
    const opened = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
    const caseId = randomUUID();
    try {
      await migrateUpTo(opened.db, '2026-11-23T1100-audit-trash');
      await logOf(opened.db, caseId, ['古い一', '古い二']);
      await migrateUpTo(opened.db, '2026-12-04T0800-audit-chain');
      await logOf(opened.db, caseId, ['新しい三']);
      await migrateToLatest(opened.db);
      await logOf(opened.db, caseId, ['その後の四']);
      const report = await verifyAuditChains(opened.db);
      expect([report.checked, report.problems]).toEqual([4, []]);
      const chain = await opened.db.selectFrom('audit_entries').select(['label', 'seq']).orderBy('id').execute();
      expect(chain.map((row) => [row.label, Number(row.seq)])).toEqual([
        ['古い一', 1],
        ['古い二', 2],
        ['新しい三', 3],
        ['その後の四', 4],
      ]);
    } finally {
      await opened.close();
    }
  });
});

async function idsOf(db: Db, caseId: string): Promise<number[]> {
  const rows = await db.selectFrom('audit_entries').select('id').where('case_id', '=', caseId).orderBy('seq').execute();
  return rows.map((row) => Number(row.id));
}

/** The closing line's counts and checksum made to match the edited lines, as a careful forger would. */
function withChecksum(lines: readonly string[]): string {
  const body = lines.slice(0, -1);
  const counts: Record<string, number> = {};
  let table = '';
  for (const line of body.slice(1)) {
    if (line.startsWith('{')) counts[table] = (counts[table] ?? 0) + 1;
    else {
      table = (JSON.parse(line) as [string, string])[1];
      counts[table] = 0;
    }
  }
  const sha256 = createHash('sha256')
    .update(body.map((line) => `${line}\n`).join(''))
    .digest('hex');
  return `${[...body, JSON.stringify(['end', counts, { sha256 }])].join('\n')}\n`;
}
