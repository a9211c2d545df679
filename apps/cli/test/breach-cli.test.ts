// Issue 22 from the command line: a case file carrying a breach of the agreement and a contract in a
// child's name is imported; `wakai negotiation` names the open breach and its demand deadline, and
// `wakai document performance-demand` writes the 和解内容の履行請求書.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '不履行',
    debtor: { name: '木村 恵', address: '東京都千代田区1-1' },
    creditors: [
      {
        name: 'ひまわり',
        kind: 'consumer-finance',
        contact: { address: '東京都港区2-2' },
        contracts: [{ claimedBalance: 300_000, holder: { relation: 'child', name: '木村 健', debtorGuarantees: true } }],
        negotiation: {
          breaches: [
            {
              kind: 'overpayment-unpaid',
              occurredOn: '2026-11-10',
              agreed: '過払金50万円を10月末に支払う',
              happened: '支払がない',
              agreedAmount: 500_000,
              demandDeadline: '2026-12-07',
            },
          ],
        },
      },
    ],
  },
};

it('shows the open breach on the board and writes the 履行請求書', () => {
  const data = join(folderWith({}), 'data');
  const file = join(folderWith({ 'case.json': JSON.stringify(caseFile) }), 'case.json');
  expect(wakai(['import', file, '--data', data]).status).toBe(0);
  const board = wakai(['negotiation', '木村', '--data', data, '--today', '2026-11-23']);
  expect(board.status).toBe(0);
  expect(board.stdout).toContain('✗ 和解の不履行: 合意した過払金が期日までに支払われない(2026-11-10)、履行請求の期限 2026-12-07');
  const out = join(folderWith({}), 'demand.pdf');
  const made = wakai([
    'document',
    'performance-demand',
    '木村',
    '--creditor',
    'ひまわり',
    '--sender',
    'debtor',
    '--data',
    data,
    '--out',
    out,
  ]);
  expect(made.status).toBe(0);
  expect(made.stderr).toContain('書き出しました');
  expect(existsSync(out)).toBe(true);
});
