// `wakai plan` and `wakai negotiation` print each creditor's debt position (issue 17): the figures the
// position gives (the same as its JSON), the limitation with its summary and the questions, and the
// time-barred debt left out of the 按分 with the reason; `wakai document` takes --confirm-time-barred.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const today = '2026-12-05';

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '時効の確認',
    debtor: { name: '佐藤 三郎' },
    budget: { monthly: { income: { salaryApplicant: 230_000 }, spending: { rent: 100_000, food: 100_000 } } },
    creditors: [
      {
        name: 'みらいカード(架空)',
        kind: 'card',
        contracts: [
          {
            contractDate: '2021-05-01',
            claimedBalance: 300_000,
            monthlyPayment: 10_000,
            lastPaymentDate: '2026-11-15',
            dueDay: 27,
            limitation: { accelerationType: 'automatic', accelerationMisses: 2 },
          },
        ],
      },
      {
        // Issue 17, defect 1: a servicer's 450,000 claim, last paid 2019-03-01 on a contract of 2012.
        name: 'さいけん回収(架空)',
        kind: 'servicer',
        originalCreditor: { name: 'アイフル(架空)', kind: 'consumer-finance' },
        contracts: [
          {
            label: '貸金',
            contractDate: '2012-03-01',
            claimedBalance: 450_000,
            lastPaymentDate: '2019-03-01',
            dueDay: 1,
            delinquent: true,
            limitation: { accelerationType: 'automatic', accelerationMisses: 1 },
          },
        ],
      },
    ],
  },
};

it('prints the position figures, the limitation with its questions, and the debt left out of the 按分', () => {
  const data = join(folderWith({}), 'data');
  const file = join(folderWith({ 'case.json': JSON.stringify(caseFile) }), 'case.json');
  expect(wakai(['import', file, '--data', data]).status).toBe(0);

  const json = JSON.parse(wakai(['plan', '佐藤', '--data', data, '--format', 'json', '--today', today]).stdout);
  const [live, servicer] = json.positions;
  expect(live).toMatchObject({ settlementBase: 300_000, limitationStatus: 'running' });
  // 当然喪失 on the first missed due day 2019-04-01; 旧商法522条 5 years → the end of 2024-04-01.
  expect(servicer).toMatchObject({ settlementBase: 450_000, limitationStatus: 'has-run' });
  expect(json.leftOut).toEqual([expect.objectContaining({ name: 'さいけん回収(架空)', reason: 'not-in-plan' })]);
  expect(json.plan.creditors.map((c: { name: string }) => c.name)).toEqual(['みらいカード(架空)']);

  const plan = wakai(['plan', '佐藤', '--data', data, '--today', today]);
  expect(plan.status).toBe(0);
  expect(plan.stdout).toContain(`按分に含めない: さいけん回収(架空)(450,000円) — ${servicer.plan.reason}`);
  expect(plan.stdout).toContain('請求額 450,000円 / 引き直し後 (履歴なし) / 交渉の基準額 450,000円(請求額と引き直し後の少ない方)');
  expect(plan.stdout).toContain('時効: 時効期間が過ぎている(記録上)');
  expect(plan.stdout).toMatch(/貸金: 時効期間が過ぎている\(記録上\): 商事債権\(旧法\)5年.*2024-04-01に満了/);
  expect(plan.stdout).toContain('? 裁判所から判決や支払督促が届いたことはありますか');

  const negotiation = wakai(['negotiation', '佐藤', '--data', data, '--today', today]);
  expect(negotiation.status).toBe(0);
  expect(negotiation.stdout).toContain('請求額 300,000円 / 引き直し後 (履歴なし) / 交渉の基準額 300,000円');
  expect(negotiation.stdout).toContain('交渉の基準額 450,000円');
  const board = JSON.parse(wakai(['negotiation', '佐藤', '--data', data, '--format', 'json', '--today', today]).stdout);
  expect(board.creditors.map((c: { position: { settlementBase: number } }) => c.position.settlementBase)).toEqual([300_000, 450_000]);
});

it('writes an offer letter for a time-barred debt only with --confirm-time-barred, and refuses a flag it does not know', () => {
  const data = join(folderWith({}), 'data');
  const file = join(folderWith({ 'case.json': JSON.stringify(caseFile) }), 'case.json');
  expect(wakai(['import', file, '--data', data]).status).toBe(0);
  const out = join(folderWith({}), 'letter.pdf');
  const offerLetter = ['document', 'offer-letter', '佐藤', '--creditor', 'さいけん', '--reply-by', '2026-12-25'];
  const common = ['--data', data, '--today', today, '--out', out];
  // An offer acknowledges the debt: after completion it bars 援用 (民法152条1項; 最判昭和41年4月20日).
  const refused = wakai([...offerLetter, ...common]);
  expect(refused.status).toBe(2);
  expect(refused.stderr).toContain('時効の援用ができなくなります');
  // The refusal's stable code, for scripts (not the wording).
  expect(refused.stderr).toContain('error: timeBarredUnconfirmed');
  const confirmed = wakai([...offerLetter, '--confirm-time-barred', ...common]);
  expect(confirmed.stderr).not.toContain('時効の援用ができなくなります');
  expect(confirmed.stderr).not.toContain('引数が正しくありません');
  const unknown = wakai(['document', 'offer-letter', '佐藤', '--confirm-timebarred', '--data', data]);
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain('引数が正しくありません');
});
