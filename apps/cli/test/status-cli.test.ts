// wakai status (issue 18 #9): a creditor's steps, and --undo taking the last one back — the step
// stays listed as undone and the undo is in `wakai audit`.
import { join } from 'node:path';
import { demoCase } from '@wakai/core';
import { describe, expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

describe('wakai status', () => {
  it('lists the steps, takes the last one back with --undo, and keeps it as undone', () => {
    const data = join(folderWith({}), 'data');
    const file = { format: 'wakai-case', version: 1, exportedAt: '', case: demoCase('2026-11-23') };
    const path = join(folderWith({ 'case.json': JSON.stringify(file) }), 'case.json');
    expect(wakai(['import', path, '--data', data]).status).toBe(0);
    const creditor = ['--creditor', 'ひまわり', '--data', data];

    const shown = wakai(['status', '佐藤', ...creditor]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('ひまわりファイナンス(架空): 引き直し計算済');

    const undone = wakai(['status', '佐藤', ...creditor, '--undo']);
    expect([undone.status, undone.stderr]).toEqual([0, '']);
    expect(undone.stdout).toMatch(/「引き直し計算済」\(\d{4}-\d{2}-\d{2}\)を取り消しました/);
    expect(undone.stdout).toContain('ひまわりファイナンス(架空): 取引履歴受領');
    expect(undone.stdout).toMatch(/\(取り消し\) 引き直し計算済 {2}\d{4}-\d{2}-\d{2} — \d{4}-\d{2}-\d{2} に取り消し/);

    const log = wakai(['audit', '佐藤', '--data', data]);
    expect(log.stdout).toMatch(/取り消し 交渉の段階 ひまわりファイナンス\(架空\)\n {4}段階: 引き直し計算済 → 取引履歴受領/);

    const missing = wakai(['status', '佐藤', '--data', data]);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('案件と債権者を指定してください')]);
  });
});
