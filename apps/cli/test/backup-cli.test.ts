// wakai backup / restore as a user runs them on an embedded install: the backup restores into a
// fresh data folder and `wakai export` of every case reads the same; a folder with data is refused.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseFile, demoCase } from '@wakai/core';
import { describe, expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const exportOf = (data: string, id: string) => {
  const file = JSON.parse(wakai(['export', id, '--data', data]).stdout);
  return { ...file, exportedAt: '' };
};

describe('wakai backup / restore', () => {
  it('restores into a fresh folder with every case file the same, and refuses a folder with data', () => {
    const work = folderWith({
      'a.json': JSON.stringify(caseFile(demoCase('2026-11-23'), '2026-11-23T00:00:00.000Z')),
      'b.json': JSON.stringify(caseFile({ ...demoCase('2026-11-23'), title: '二件目' }, '2026-11-23T00:00:00.000Z')),
    });
    const data = join(work, 'data');
    for (const name of ['a.json', 'b.json']) expect(wakai(['import', join(work, name), '--data', data]).status).toBe(0);
    const ids = wakai(['cases', '--data', data])
      .stdout.trim()
      .split('\n')
      .map((line) => line.split(' ')[0] as string);
    expect(ids).toHaveLength(2);

    const file = join(work, 'office.jsonl.gz');
    const backup = wakai(['backup', '--out', file, '--data', data]);
    expect([backup.status, backup.stderr]).toEqual([0, '']);
    expect(backup.stdout).toContain('バックアップしました');
    expect(backup.stdout).toContain('案件 2件');
    // Written whole through a temporary file: only the backup is left in the folder.
    expect(readdirSync(work).filter((name) => name.includes('.tmp'))).toEqual([]);

    // Cut short (a copy interrupted, a full disk): the documented refusal, exit 2, nothing restored.
    const cut = join(work, 'cut.jsonl.gz');
    const whole = readFileSync(file);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const refusedCut = wakai(['restore', cut, '--data', join(work, 'cut')]);
    expect([refusedCut.status, refusedCut.stderr]).toEqual([
      2,
      expect.stringContaining('バックアップファイルが壊れているか、途中で切れています'),
    ]);
    expect(refusedCut.stderr).not.toContain('内部エラー');
    expect(wakai(['cases', '--data', join(work, 'cut')]).stdout).not.toContain(ids[0]);

    const fresh = join(work, 'fresh');
    const restored = wakai(['restore', file, '--data', fresh]);
    expect([restored.status, restored.stdout]).toEqual([0, '復元しました / restored: 案件 2件 / 2 cases\n']);
    for (const id of ids) expect(exportOf(fresh, id)).toEqual(exportOf(data, id));

    const refused = wakai(['restore', file, '--data', data]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('復元先のデータベースは空ではありません(案件 2件');
    expect(wakai(['restore', file, '--data', data, '--force']).status).toBe(0);
    expect(wakai(['cases', '--data', data]).stdout.trim().split('\n')).toHaveLength(2);
    expect(existsSync(join(work, 'missing.gz'))).toBe(false);
    expect(wakai(['restore', join(work, 'missing.gz'), '--data', fresh]).stderr).toContain('バックアップファイルがありません');
    // Each command opens the embedded database in its own process: a dozen of them take a while.
  }, 600_000);
});
