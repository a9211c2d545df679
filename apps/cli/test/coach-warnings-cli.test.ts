// wakai negotiation with the coach, as a user runs it: a servicer's 2016 loan last repaid
// 2019-03-01 (5 years: 旧商法522条 → 2024-03-01, passed) and a collection call recorded after the
// 受任通知 (貸金業法21条1項9号), in the table and in the JSON.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '古い借金',
    debtor: { name: '佐藤 花子' },
    creditors: [
      {
        name: 'みらい債権回収',
        kind: 'servicer',
        contracts: [
          {
            label: '2016年のカードローン',
            contractDate: '2016-06-15',
            transactions: [
              { date: '2016-06-15', borrow: 300_000 },
              { date: '2019-03-01', repay: 10_000 },
            ],
          },
        ],
      },
      {
        name: 'アコム',
        kind: 'consumer-finance',
        contracts: [{ claimedBalance: 500_000, lastPaymentDate: '2026-09-27' }],
        negotiation: {
          status: 'notice-sent',
          changes: [{ status: 'notice-sent', date: '2026-10-01' }],
          contacts: [
            { at: '2026-11-20T19:30', channel: 'phone', direction: 'incoming', summary: '払えと言われた', collectionAfterNotice: true },
          ],
        },
      },
    ],
  },
};

it('wakai negotiation shows the 時効 status and the collection after the notice', () => {
  const data = join(folderWith({}), 'data');
  const file = join(folderWith({ 'case.json': JSON.stringify(caseFile) }), 'case.json');
  expect(wakai(['import', file, '--data', data]).status).toBe(0);

  const board = wakai(['negotiation', '佐藤', '--data', data, '--today', '2026-11-23']);
  expect(board.status).toBe(0);
  // The clause is not recorded: counted from the last payment, the period may have run (旧商法522条),
  // with the questions for the missing facts and 援用 before any payment (民法145条・152条1項).
  expect(board.stdout).toContain('⚠ 時効: みらい債権回収(2016年のカードローン) 時効が完成している可能性あり(確認が必要)');
  expect(board.stdout).toContain('2024-03-01以降に満了');
  expect(board.stdout).toContain('? 裁判所から判決や支払督促が届いたことはありますか');
  expect(board.stdout).toContain('支払い・支払いの約束・減額や分割のお願いの前に、時効援用を検討してください');
  expect(board.stdout).toContain('✗ 受任通知後の取立て: 1件(事務所に報告してください)');
  expect(board.stdout).toContain('⚠ 最新の連絡: 受任通知後の取立てとして記録します');

  const json = JSON.parse(wakai(['negotiation', '佐藤', '--data', data, '--today', '2026-11-23', '--format', 'json']).stdout);
  expect(json.creditors[0].coach.limitation[0].limitation).toMatchObject({
    status: 'may-have-run',
    endsOn: '2024-03-01',
    missing: ['acceleration-clause'],
  });
  expect(json.creditors[1].coach.limitation[0].limitation.status).toBe('running');
  expect(json.creditors[1].coach.violations).toBe(1);
});
