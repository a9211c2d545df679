// Backups on every engine: the whole database written in one snapshot, restored into a fresh
// database of each engine (PGlite ↔ PostgreSQL), and every case file read back the same; a database
// with data refused unless forced; a file cut short refused with nothing written.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type CaseContent, caseContentSchema, demoCase } from '@wakai/core';
import { appendAuditEntry, BackupError, createUser, getCase, localUser, openDatabase, restoreBackup, writeBackup } from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { insertCaseContent, readCaseContent } from './case-file-store.js';

/** Every byte value once: the attachment (bytea) must come back bit for bit. */
const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

const withAttachment: CaseContent = caseContentSchema.parse({
  title: '添付のある案件',
  debtor: { name: '添付 花子', nameKana: 'てんぷ はなこ', birthDate: '1980-02-29' },
  budget: { monthly: { income: { salaryApplicant: 999_999_999_999 }, spending: { rent: 80_000 } } },
  creditors: [
    {
      name: 'A社',
      kind: 'card',
      contracts: [{ contractRate: '29.2', transactions: [{ date: '2000-03-27', borrow: 478_594, note: '改行\nと"引用"' }] }],
      negotiation: {
        status: 'proposal-sent',
        changes: [{ status: 'notice-sent', date: '2026-05-01' }],
        contacts: [
          {
            at: '2026-06-20T10:15',
            channel: 'fax',
            direction: 'incoming',
            summary: '和解案',
            attachments: [{ fileName: '和解案.pdf', contentType: 'application/pdf', contentBase64: everyByte.toString('base64') }],
          },
        ],
      },
    },
  ],
});

const engines = testEngines();

describe.each(engines)('a backup made on $name', (source) => {
  it.each(engines.map((e) => e.name))('restores into a fresh %s database with every case file the same', async (targetName) => {
    const from = await source.open();
    const dir = mkdtempSync(join(tmpdir(), 'wakai-backup-'));
    const file = join(dir, 'office.jsonl.gz');
    try {
      const owner = await localUser(from.db);
      const clerk = await createUser(from.db, { email: 'clerk@office.example', displayName: '事務 員', passwordHash: 'argon2-hash' });
      const ids = [
        (await insertCaseContent(from.db, owner.id, demoCase('2026-11-23'))).id,
        (await insertCaseContent(from.db, owner.id, withAttachment)).id,
        (await insertCaseContent(from.db, clerk.id, withAttachment)).id,
      ];
      // The case log, append-only with ids from an identity column: restored as it was, and continued.
      const logged = { caseId: ids[0] as string, actorId: owner.id, actorName: owner.displayName, action: 'update' as const };
      const entry = {
        ...logged,
        entityKind: 'case',
        entityId: ids[0] as string,
        label: '山田',
        changes: [],
        at: new Date('2026-11-23T01:00:00Z'),
      };
      await appendAuditEntry(from.db, entry);
      const summary = await writeBackup(from.db, file, { engine: from.engine });
      expect(summary.rows).toMatchObject({ cases: 3, users: 2, attachments: 2 });

      const target = engines.find((e) => e.name === targetName) as (typeof engines)[number];
      const to = await target.open();
      try {
        await restoreBackup(to.db, file);
        for (const id of ids) {
          expect(await readCaseContent(to.db, id)).toEqual(await readCaseContent(from.db, id));
          // The record itself too: owner, version, timestamps (what an edit's 409 check reads).
          expect(await getCase(to.db, id)).toEqual(await getCase(from.db, id));
        }
        const attachment = await to.db.selectFrom('attachments').select('content').executeTakeFirstOrThrow();
        expect(Buffer.from(attachment.content)).toEqual(everyByte);
        const users = (db: typeof to.db) => db.selectFrom('users').selectAll().orderBy('email').execute();
        expect(await users(to.db)).toEqual(await users(from.db));

        // Into a database that holds data: refused, in Japanese, saying why; nothing changed.
        const refused = await restoreBackup(to.db, file).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(BackupError);
        expect((refused as BackupError).ja).toContain('空ではありません(案件 3件、利用者 2人');
        expect((refused as BackupError).ja).toContain('--force');
        // With --force the data is replaced, not doubled.
        await restoreBackup(to.db, file, { force: true });
        const count = await to.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(3);
        const log = (db: typeof to.db) => db.selectFrom('audit_entries').select(['id', 'label']).orderBy('id').execute();
        expect(await log(to.db)).toEqual(await log(from.db));
        await appendAuditEntry(to.db, { ...entry, label: '次の記録' });
        expect((await log(to.db)).map((row) => row.label)).toEqual(['山田', '次の記録']);
      } finally {
        await to.drop();
      }
    } finally {
      await from.drop();
    }
  });
});

describe('a backup file that is not whole', () => {
  it('is refused and leaves the database empty; a database never migrated is brought up to date first', async () => {
    const from = await engines[0]?.open();
    if (!from) throw new Error('no engine');
    const dir = mkdtempSync(join(tmpdir(), 'wakai-backup-'));
    const file = join(dir, 'whole.jsonl.gz');
    await insertCaseContent(from.db, (await localUser(from.db)).id, withAttachment);
    await writeBackup(from.db, file, { engine: from.engine });
    await from.drop();

    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, -3).join('\n')));
    const fresh = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
    try {
      const refused = await restoreBackup(fresh.db, cut).catch((error: unknown) => error);
      expect((refused as BackupError).ja).toContain('壊れているか、途中で切れています');
      expect(await fresh.db.selectFrom('cases').selectAll().execute()).toEqual([]);
      // Edited by hand (issue 18 item 16): a title changed, counts untouched — the checksum refuses it.
      const edited = join(dir, 'edited.jsonl.gz');
      const at = lines.findIndex((line) => line.includes('添付のある案件'));
      expect(at).toBeGreaterThan(0);
      writeFileSync(
        edited,
        gzipSync(lines.map((line, i) => (i === at ? line.replace('添付のある案件', '書き換えた案件') : line)).join('\n')),
      );
      const forged = (await restoreBackup(fresh.db, edited).catch((error: unknown) => error)) as BackupError;
      expect([forged.ja, forged.en]).toEqual([expect.stringContaining('壊れているか'), expect.stringContaining('checksum differs')]);
      expect(await fresh.db.selectFrom('cases').selectAll().execute()).toEqual([]);
      const notBackup = join(dir, 'other.gz');
      writeFileSync(notBackup, gzipSync('{"hello":1}\n'));
      expect(((await restoreBackup(fresh.db, notBackup).catch((e: unknown) => e)) as BackupError).ja).toBe(
        'Wakai のバックアップファイルではありません',
      );
      // The whole file restores into the same (still empty) database.
      await restoreBackup(fresh.db, file);
      expect((await fresh.db.selectFrom('cases').select('title').execute()).map((c) => c.title)).toEqual(['添付のある案件']);
    } finally {
      await fresh.close();
    }
  });
});
