// The status machine: the steps of 任意整理 (docs/architecture.md "The user's journey"; docs/law/practice.md "Settlement terms
// in practice", "Settlement agreement"; the issue's list of steps and side exits).
import { describe, expect, it } from 'vitest';
import {
  negotiationStatuses,
  negotiationStatusLabels,
  statusTimeline,
  type TransitionFacts,
  transitionProblem,
} from './negotiation-status.js';

// Written out by hand, in the labels a clerk reads, so that the table in the code is checked
// against an independent statement of the practice.
const allowed = `
未着手 → 受任通知送付, 取引履歴請求, 時効援用
受任通知送付 → 取引履歴請求, 取引履歴受領, 代位弁済, 債権譲渡, 決裂, 時効援用
取引履歴請求 → 取引履歴受領, 代位弁済, 債権譲渡, 決裂, 時効援用
取引履歴受領 → 引き直し計算済, 代位弁済, 債権譲渡, 決裂, 時効援用
引き直し計算済 → 和解案送付, 交渉中, 代位弁済, 債権譲渡, 決裂, 時効援用
和解案送付 → 交渉中, 合意, 代位弁済, 債権譲渡, 決裂
交渉中 → 和解案送付, 合意, 代位弁済, 債権譲渡, 決裂
合意 → 和解書締結, 交渉中, 決裂
和解書締結 → 返済中, 決裂
返済中 → 完済, 決裂
決裂 → 交渉中, 訴訟, 他の手続
訴訟 → 合意, 他の手続
`;

const expectedPairs = new Set(
  allowed
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [from, targets] = line.split(' → ') as [string, string];
      return targets.split(', ').map((to) => `${from}→${to}`);
    }),
);

const everything: TransitionFacts = {
  acceptedOffer: true,
  signedAgreement: true,
  fullyPaid: true,
  since: '2026-01-01',
  today: '2026-11-23',
};

describe('status transitions', () => {
  it('allows exactly the steps of practice and refuses every other, naming where one can go', () => {
    let checked = 0;
    for (const from of negotiationStatuses) {
      for (const to of negotiationStatuses) {
        const problem = transitionProblem(from, { to, date: '2026-11-01', successor: '保証会社' }, everything);
        const pair = `${negotiationStatusLabels[from]}→${negotiationStatusLabels[to]}`;
        if (expectedPairs.has(pair)) expect(problem, pair).toBeUndefined();
        else expect(problem, pair).toContain(`「${negotiationStatusLabels[from]}」から「${negotiationStatusLabels[to]}」には進めません`);
        checked++;
      }
    }
    expect(checked).toBe(17 * 17);
    expect(transitionProblem('completed', { to: 'repaying', date: '2026-11-01' }, everything)).toContain(
      'この債権者の交渉は終わっています',
    );
    expect(transitionProblem('not-started', { to: 'agreed', date: '2026-11-01' }, everything)).toContain(
      '次に進める段階: 受任通知送付・取引履歴請求・時効援用',
    );
  });

  it('lets a debtor negotiating alone ask for the history without a 受任通知 (issue 18 #9)', () => {
    expect(transitionProblem('not-started', { to: 'history-requested', date: '2026-11-01' }, everything)).toBeUndefined();
  });

  it('refuses 和解書締結 and 合意 without an accepted offer', () => {
    const noOffer = { ...everything, acceptedOffer: false };
    expect(transitionProblem('agreed', { to: 'agreement-signed', date: '2026-11-01' }, noOffer)).toContain('受諾した和解案が必要です');
    expect(transitionProblem('negotiating', { to: 'agreed', date: '2026-11-01' }, noOffer)).toContain('受諾した和解案が必要です');
    expect(transitionProblem('lawsuit', { to: 'agreed', date: '2026-11-01' }, noOffer)).toContain('受諾した和解案が必要です');
  });

  it('refuses 和解書締結 and 返済中 without the signed agreement, 完済 before every payment is made', () => {
    const unsigned = { ...everything, signedAgreement: false };
    expect(transitionProblem('agreed', { to: 'agreement-signed', date: '2026-11-01' }, unsigned)).toContain('和解書の締結日と条項を入力');
    expect(transitionProblem('agreement-signed', { to: 'repaying', date: '2026-11-01' }, unsigned)).toContain('締結した和解書が必要です');
    expect(transitionProblem('repaying', { to: 'completed', date: '2026-11-01' }, { ...everything, fullyPaid: false })).toContain(
      'すべて支払われている必要があります',
    );
  });

  it('asks who took the debt over on 代位弁済 and 債権譲渡', () => {
    expect(transitionProblem('notice-sent', { to: 'subrogated', date: '2026-11-01' }, everything)).toContain('保証会社の名前');
    expect(transitionProblem('notice-sent', { to: 'assigned', date: '2026-11-01', successor: ' ' }, everything)).toContain(
      '譲り受けた会社',
    );
  });

  it('dates each step no earlier than the last and no later than today', () => {
    expect(transitionProblem('notice-sent', { to: 'history-received', date: '2025-12-31' }, everything)).toContain(
      '前の段階の日付(2026-01-01)より前',
    );
    expect(transitionProblem('notice-sent', { to: 'history-received', date: '2026-11-24' }, everything)).toContain(
      '今日(2026-11-23)より後',
    );
    expect(transitionProblem('notice-sent', { to: 'history-received', date: '2026-01-01' }, everything)).toBeUndefined();
  });
});

describe('timeline', () => {
  it('counts the days of each step and flags the current one past its norm', () => {
    const steps = statusTimeline(
      [
        { status: 'notice-sent', date: '2026-08-01' },
        { status: 'history-received', date: '2026-09-10' },
        { status: 'recalculated', date: '2026-09-15' },
        { status: 'offer-sent', date: '2026-09-20' },
      ],
      '2026-11-23',
    );
    expect(steps.map((s) => [s.label, s.days, s.overdue])).toEqual([
      ['受任通知送付', 40, false], // took longer than its 30-day norm, but it is over: not flagged
      ['取引履歴受領', 5, false],
      ['引き直し計算済', 5, false],
      ['和解案送付', 64, true], // waiting since 09-20: 64 days > 30
    ]);
    const lenient = statusTimeline([{ status: 'offer-sent', date: '2026-09-20' }], '2026-11-23', { 'offer-sent': 90 });
    expect(lenient[0]).toMatchObject({ norm: 90, overdue: false });
  });
});
