// wakai audit CASE: the case's change log from the command line (issue 13).
import { join } from 'node:path';
import { demoCase } from '@wakai/core';
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
});
