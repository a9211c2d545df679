// wakai document as a user runs it (issue 11): a missing address named and no file written, then the
// 受任通知 for every creditor and the 債権者一覧表 as Excel, read back as a reader sees them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const caseFile = (address: string) => ({
  format: 'wakai-case',
  version: 1,
  case: {
    title: '田中さん',
    debtor: { name: '田中 花子', nameKana: 'たなか はなこ', birthDate: '1985-04-01', postcode: '530-0001', address },
    creditors: [
      {
        name: 'A社',
        kind: 'consumer-finance',
        contact: { address: '東京都港区架空1-1' },
        contracts: [{ label: 'ローン', contractNumber: 'A-123', claimedBalance: 400_000 }],
      },
      {
        name: 'Bカード',
        kind: 'card',
        contact: { address: '大阪府大阪市架空2-2' },
        contracts: [{ label: 'リボ', claimedBalance: 250_000 }],
      },
    ],
  },
});

it('makes a 受任通知 for every creditor and the 債権者一覧表, or names what is missing', () => {
  const data = join(folderWith({}), 'data');
  const incomplete = join(folderWith({ 'case.json': JSON.stringify(caseFile('')) }), 'case.json');
  expect(wakai(['import', incomplete, '--data', data]).status).toBe(0);
  const out = join(folderWith({}), 'notice.pdf');
  const refused = wakai(['document', 'engagement-notice', '田中', '--creditor', 'all', '--data', data, '--out', out]);
  expect(refused.status).toBe(2);
  expect(refused.stderr).toContain('debtor.address: 債務者の住所');
  expect(existsSync(out)).toBe(false);

  const complete = join(
    folderWith({
      'case.json': JSON.stringify({
        ...caseFile('大阪府大阪市北区梅田1-1'),
        case: { ...caseFile('大阪府大阪市北区梅田1-1').case, title: '田中さん(完)' },
      }),
    }),
    'case.json',
  );
  expect(wakai(['import', complete, '--data', data]).status).toBe(0);
  // A 受任通知 is the office's notice: its letterhead first.
  const letterhead = {
    office: '和解法律事務所',
    profession: 'lawyer',
    agent: '山田 太郎',
    registrationNumber: '12345',
    address: '東京都千代田区千代田1-1',
    tel: '03-1111-2222',
    fax: '03-1111-3333',
  };
  const saved = wakai([
    'letterhead',
    join(folderWith({ 'letterhead.json': JSON.stringify(letterhead) }), 'letterhead.json'),
    '--data',
    data,
  ]);
  expect(JSON.parse(saved.stdout)).toMatchObject({ office: '和解法律事務所', profession: 'lawyer' });
  const made = wakai(['document', 'engagement-notice', '(完)', '--creditor', 'all', '--data', data, '--out', out]);
  expect([made.status, made.stderr]).toEqual([0, expect.stringContaining('受任通知')]);
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  if (existsSync('/usr/bin/pdftotext')) {
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+2/);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    for (const expected of ['A社 御中', 'Bカード 御中', 'A-123', '〒530-0001 大阪府大阪市北区梅田1-1', '令和'])
      expect(text).toContain(expected);
  }

  const sheet = join(folderWith({}), 'creditors.xlsx');
  expect(wakai(['document', 'creditor-list', '(完)', '--format', 'xlsx', '--data', data, '--out', sheet]).status).toBe(0);
  expect(readFileSync(sheet).subarray(0, 2).toString()).toBe('PK');
  const unknown = wakai(['document', 'engagement-notice', '(完)', '--creditor', 'C社', '--data', data, '--out', out]);
  expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringContaining('債権者が見つかりません: C社')]);
}, 180_000);
