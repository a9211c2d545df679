// wakai negotiation / wakai deadlines on a case file carrying a negotiation: where the creditor
// stands, the missed payment and the acceleration countdown, the deadlines as table and iCalendar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '返済中の案件',
    debtor: { name: '中村 三郎' },
    budget: { monthly: { income: { salaryApplicant: 230_000 }, spending: { rent: 100_000, food: 100_000 } } },
    creditors: [
      {
        name: 'A社',
        kind: 'card',
        contracts: [{ claimedBalance: 576_000 }],
        negotiation: {
          status: 'repaying',
          changes: [
            { status: 'notice-sent', date: '2026-05-01' },
            { status: 'agreed', date: '2026-07-01' },
            { status: 'agreement-signed', date: '2026-07-10' },
            { status: 'repaying', date: '2026-08-27' },
          ],
          contacts: [
            {
              at: '2026-11-20T15:00',
              channel: 'phone',
              direction: 'incoming',
              summary: '10月分の督促',
              nextAction: '10月分を振り込む',
              nextActionDue: '2026-11-25',
            },
          ],
          offers: [
            {
              offer: {
                from: 'creditor',
                madeOn: '2026-06-20',
                amount: 576_000,
                installments: 48,
                monthly: 12_000,
                firstPaymentDate: '2026-08-27',
                acceleration: { misses: 2, amount: 24_000 },
                status: 'accepted',
              },
              contact: null,
            },
          ],
          agreement: { signedOn: '2026-07-10', confirmedBalance: 576_000, installments: 48, monthly: 12_000, settlementClause: true },
          payments: [
            { paidOn: '2026-08-27', amount: 12_000 },
            { paidOn: '2026-09-27', amount: 12_000 },
          ],
        },
      },
      { name: 'B社', kind: 'card', contracts: [{ claimedBalance: 1_152_000 }] },
    ],
  },
};

it('wakai negotiation shows each creditor and the acceleration countdown; wakai deadlines lists and exports them', () => {
  const data = join(folderWith({}), 'data');
  const file = join(folderWith({ 'case.json': JSON.stringify(caseFile) }), 'case.json');
  expect(wakai(['import', file, '--data', data]).status).toBe(0);

  const board = wakai(['negotiation', '中村', '--data', data, '--today', '2026-11-23']);
  expect(board.status).toBe(0);
  expect(board.stdout).toContain('■ A社: 返済中(2026-08-27から88日)');
  expect(board.stdout).toContain('返済: 24,000円 / 576,000円、1回 12,000円 の遅れ');
  expect(board.stdout).toContain('⚠ あと4日(2026-11-27)までに 12,000円 を払わないと期限の利益を失います');
  expect(board.stdout).toContain('■ B社: 未着手');

  const json = JSON.parse(wakai(['negotiation', '中村', '--data', data, '--today', '2026-11-23', '--format', 'json']).stdout);
  expect(json.creditors[0].view.payments).toMatchObject({ missed: 1, arrears: 12_000 });

  const table = wakai(['deadlines', '--data', data, '--today', '2026-11-23']);
  expect(table.stdout).toContain('期限を過ぎたもの(1件)\n  2026-10-27  返済日  返済中の案件 / A社: 第3回 12,000円 が未払い');
  expect(table.stdout).toContain('2026-11-25  次にすること  返済中の案件 / A社: 10月分を振り込む');

  const out = join(folderWith({}), 'deadlines.ics');
  expect(wakai(['deadlines', '中村', '--data', data, '--today', '2026-11-23', '--format', 'ics', '--out', out]).status).toBe(0);
  const events = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
    ['2026-10-27', '【返済日】中村 三郎 / A社: 第3回 12,000円 が未払い'],
    ['2026-11-25', '【次にすること】中村 三郎 / A社: 10月分を振り込む'],
    ['2026-11-27', '【返済日】中村 三郎 / A社: 第4回 12,000円 の返済日'],
    ['2026-11-27', '【期限の利益喪失】中村 三郎 / A社: この日までに 12,000円 を払わないと期限の利益を失います'],
  ]);

  const bad = wakai(['deadlines', '--data', data, '--format', 'pdf']);
  expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('--format は table / json / ics のどれかです')]);
});
