// wakai audit CASE: the case's change log from the command line (issue 13).
import { join } from 'node:path';
import { demoCase } from '@wakai/core';
import { appendAuditEntry, openDatabase } from '@wakai/db';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

describe('wakai audit', () => {
  it('lists who changed what, newest first, as a table or JSON', () => {
    const data = join(folderWith({}), 'data');
    const file = { format: 'wakai-case', version: 1, exportedAt: '', case: demoCase('2026-11-23') };
    const path = join(folderWith({ 'case.json': JSON.stringify(file) }), 'case.json');
    expect(wakai(['import', path, '--data', data]).status).toBe(0);
    const table = wakai(['audit', '佐藤', '--data', data]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/この端末の利用者 {2}取込 案件 佐藤 一郎/);
    expect(table.stdout).toContain('    債権者: 3');
    const json = JSON.parse(wakai(['audit', '佐藤', '--data', data, '--format', 'json']).stdout);
    expect(json.entries.map((e: { action: string; entityKind: string }) => [e.action, e.entityKind])).toEqual([['import', 'case']]);
    expect(json.next).toBeNull();
    const bad = wakai(['audit', '佐藤', '--data', data, '--format', 'xml']);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('--format は table / json')]);
  });

  // Issue 18 item 16: the log was append-only only against plain SQL; whoever could disable its
  // trigger could rewrite it unseen. Each entry is now chained by hash; `wakai audit verify` walks it.
  it('verifies every case log along its hash chain, and finds an entry changed behind its back', async () => {
    const data = join(folderWith({}), 'data');
    const file = { format: 'wakai-case', version: 1, exportedAt: '', case: demoCase('2026-11-23') };
    const path = join(folderWith({ 'case.json': JSON.stringify(file) }), 'case.json');
    for (let n = 0; n < 3; n++) expect(wakai(['import', path, '--data', data]).status).toBe(0);
    const clean = wakai(['audit', 'verify', '--data', data]);
    expect([clean.status, clean.stdout]).toEqual([0, expect.stringContaining('変更履歴を確かめました: 3件、書き換えはありません')]);

    // Someone with the tables' owner rights turns the append-only trigger off and edits a label.
    const opened = await openDatabase({ engine: 'pglite', dataDir: data });
    const forged = await opened.db.selectFrom('audit_entries').select(['id', 'case_id']).orderBy('id').executeTakeFirstOrThrow();
    await sql`alter table audit_entries disable trigger user`.execute(opened.db);
    await sql`update audit_entries set label = '書き換えた記録' where id = ${forged.id}`.execute(opened.db);
    await sql`alter table audit_entries enable trigger user`.execute(opened.db);
    await opened.close();
    const tampered = wakai(['audit', 'verify', '--data', data]);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain(`案件 ${forged.case_id} の記録 #${forged.id}(1番目): 内容が書き換えられています`);
  });

  // Issue 18 item 16: removing the last entries (as the tables' owner, behind the triggers) is found
  // against the head the trigger keeps; rewriting that head too, against an anchor kept off the database.
  it('finds a removed tail, and with --anchor a head rewritten to hide it', async () => {
    const data = join(folderWith({}), 'data');
    const anchor = join(folderWith({}), 'anchor.json');
    const file = { format: 'wakai-case', version: 1, exportedAt: '', case: demoCase('2026-11-23') };
    const path = join(folderWith({ 'case.json': JSON.stringify(file) }), 'case.json');
    expect(wakai(['import', path, '--data', data]).status).toBe(0);
    const opened = await openDatabase({ engine: 'pglite', dataDir: data });
    const caseId = (await opened.db.selectFrom('audit_entries').select('case_id').executeTakeFirstOrThrow()).case_id;
    for (const label of ['二', '三'])
      await appendAuditEntry(opened.db, {
        caseId,
        actorId: null,
        actorName: '事務 員',
        action: 'update',
        entityKind: 'case',
        entityId: caseId,
        label,
        changes: [],
        at: new Date(),
      });
    await opened.close();
    const saved = wakai(['audit', 'verify', '--data', data, '--anchor', anchor]);
    expect([saved.status, saved.stdout]).toEqual([0, expect.stringContaining('変更履歴を確かめました: 3件')]);

    const again = await openDatabase({ engine: 'pglite', dataDir: data });
    const first = await again.db.selectFrom('audit_entries').select('id').where('seq', '=', 1).executeTakeFirstOrThrow();
    await sql`alter table audit_entries disable trigger user`.execute(again.db);
    await sql`delete from audit_entries where seq > 1`.execute(again.db);
    await sql`alter table audit_entries enable trigger user`.execute(again.db);
    await again.close();
    const cut = wakai(['audit', 'verify', '--data', data]);
    expect([cut.status, cut.stderr]).toEqual([
      1,
      expect.stringContaining(`案件 ${caseId} の記録 #${first.id}(3番目): これより後の記録が消されています`),
    ]);

    const hidden = await openDatabase({ engine: 'pglite', dataDir: data });
    await sql`update audit_chain_heads set seq = 1, hash = (select hash from audit_entries where seq = 1)`.execute(hidden.db);
    await hidden.close();
    expect(wakai(['audit', 'verify', '--data', data]).status).toBe(0);
    const anchored = wakai(['audit', 'verify', '--data', data, '--anchor', anchor]);
    expect([anchored.status, anchored.stderr]).toEqual([
      1,
      expect.stringContaining('控え(--anchor)に残した記録が見つからないか、変わっています'),
    ]);
  });
});
