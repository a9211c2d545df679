import { join } from 'node:path';
import { expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '',
    debtor: { name: '高橋 次郎' },
    budget: { monthly: { income: { salaryApplicant: 200_000 }, spending: { rent: 70_000, food: 100_000 } } },
    creditors: [
      { name: 'A社', kind: 'card', contracts: [{ claimedBalance: 600_000 }] },
      { name: 'B社', kind: 'card', contracts: [{ claimedBalance: 400_000 }] },
    ],
  },
};

it('wakai plan and compare give the plan against the budget and the four procedures', () => {
  const data = join(folderWith({}), 'data');
  const file = join(folderWith({ 'case.json': JSON.stringify(caseFile) }), 'case.json');
  expect(wakai(['import', file, '--data', data]).status).toBe(0);

  // 1,000,000 over 36: 16,666 + 11,111 (first month + 28); 30,000 available.
  const plan = JSON.parse(wakai(['plan', '高橋', '--data', data, '--format', 'json', '--today', '2026-11-23']).stdout);
  expect(plan.affordability.sustainable).toBe(30_000);
  expect(plan.plan).toMatchObject({ installments: 36, monthlyTotal: 27_805, feasible: true, total: 1_000_000 });
  // The regular month (what the rows add up to) and the first, carrying the remainders, apart (issue 9, item 7).
  expect(plan.plan).toMatchObject({ regularMonthly: 27_777, firstMonth: { month: '2027-05', total: 27_805 } });
  expect(plan.plan.months[0].month).toBe('2027-05');

  const table = wakai(['plan', '高橋', '--data', data, '--installments', '24', '--today', '2026-11-23']);
  // 24 installments: 25,000 + 16,666 = 41,666 a month, 41,682 in the first (remainder 16) > 30,000.
  expect(table.stdout).toContain('毎月の返済 41,666円(初回 41,682円) / 返済に回せる額 30,000円');
  expect(table.stdout).toContain('毎月 11,666円 足りません(初回は 11,682円 足りません)');

  const compare = JSON.parse(wakai(['compare', '高橋', '--data', data, '--format', 'json', '--today', '2026-11-23']).stdout);
  expect(compare.rows.map((r: { label: string }) => r.label)).toEqual(['任意整理', '個人再生', '自己破産', '特定調停']);
  // 個人再生: a total of 1,000,000 must be repaid at least 1,000,000 (民事再生法231条2項3号).
  expect(compare.rows[1]).toMatchObject({ total: 1_000_000, monthly: 27_778 });
});

it('refuses bad settings with the field named', () => {
  const run = wakai(['plan', '誰か', '--installments', 'many', '--data', join(folderWith({}), 'data')]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('返済回数を数字で入力してください');
});
