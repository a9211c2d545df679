import { describe, expect, it } from 'vitest';
import { creditorDeadlines, groupDeadlines } from './deadlines.js';
import { offerSchema } from './negotiation-schema.js';
import { statusTimeline } from './negotiation-status.js';
import { paymentSchedule, paymentStatus, scheduleTermsOf } from './payment-schedule.js';

const owner = { caseId: 'c1', caseTitle: '佐藤さん', debtorName: '佐藤 一郎', creditorId: 'k1', creditorName: 'A社' };
const today = '2026-11-23';

describe('deadlines', () => {
  it('marks every deadline of a debt whose position says the limitation may have run (民法152条1項), and none otherwise', () => {
    // Answering the creditor's offer is itself an acknowledgement that renews the period (民法152条1項):
    // the row says 時効の可能性 wherever it is listed.
    const facts = {
      ...owner,
      status: 'negotiating' as const,
      contacts: [{ id: 'x1', nextAction: '和解案に回答する', nextActionDue: '2026-11-25', nextActionDone: false }],
      offers: [{ id: 'o1', validUntil: '2026-11-30', status: 'considering', installments: 38, monthly: 10_000 }],
      timeline: [],
      payments: null,
      overpaymentLimitation: null,
      today,
    };
    const barred = creditorDeadlines({ ...facts, timeBarred: true });
    expect(barred.map((d) => [d.kind, d.timeBarred])).toEqual([
      ['next-action', true],
      ['offer-expiry', true],
    ]);
    expect(creditorDeadlines({ ...facts, timeBarred: false }).some((d) => 'timeBarred' in d)).toBe(false);
  });

  it('collects next actions, offer expiries, due and late payments, the acceleration date, limitation and overdue steps', () => {
    const offer = offerSchema.parse({
      from: 'creditor',
      madeOn: '2026-07-01',
      amount: 576_000,
      installments: 48,
      monthly: 12_000,
      firstPaymentDate: '2026-08-27',
      acceleration: { misses: 2, amount: null },
      status: 'accepted',
    });
    const terms = scheduleTermsOf(offer, null);
    const payments = paymentStatus(
      paymentSchedule(terms),
      [
        { paidOn: '2026-08-27', amount: 12_000, note: '' },
        { paidOn: '2026-09-27', amount: 12_000, note: '' },
      ],
      terms,
      today,
    );
    const list = creditorDeadlines({
      ...owner,
      status: 'negotiating',
      contacts: [
        { id: 'x1', nextAction: '和解書の返送を確認', nextActionDue: '2026-11-25', nextActionDone: false },
        { id: 'x2', nextAction: '済んだこと', nextActionDue: '2026-11-20', nextActionDone: true },
      ],
      offers: [{ id: 'o1', validUntil: '2026-11-30', status: 'considering', installments: 60, monthly: 9_600 }],
      timeline: statusTimeline([{ status: 'repaying', date: '2026-08-27' }], today),
      payments,
      overpaymentLimitation: '2027-01-31',
      today,
    });
    expect(list.map((d) => [d.date, d.kind])).toEqual([
      ['2026-10-27', 'payment'],
      ['2026-11-25', 'next-action'],
      ['2026-11-27', 'payment'],
      ['2026-11-27', 'acceleration'],
      ['2026-11-30', 'offer-expiry'],
      ['2027-01-31', 'limitation'],
    ]);
    expect(list[3]?.title).toBe('この日までに 12,000円 を払わないと期限の利益を失います');
    const groups = groupDeadlines(list, today, 60);
    expect([groups.overdue.length, groups.today.length, groups.thisWeek.length, groups.later.length]).toEqual([1, 0, 4, 0]);
    expect(groupDeadlines(list, today, 90).later.map((d) => d.kind)).toEqual(['limitation']);
  });

  it('flags the date a step passes its norm, and leaves out a limitation date already passed', () => {
    const list = creditorDeadlines({
      ...owner,
      status: 'offer-sent',
      contacts: [],
      offers: [],
      timeline: statusTimeline([{ status: 'offer-sent', date: '2026-11-01' }], today),
      payments: null,
      // Already time-barred (docs/law/recalculation.md "Limitation": 10 years): lost, not a deadline.
      overpaymentLimitation: '2020-04-27',
      today,
    });
    expect(list).toEqual([expect.objectContaining({ date: '2026-12-01', kind: 'step-overdue', title: '「和解案送付」が30日を超えます' })]);
  });

  it('after the agreement an offer left 検討中 is no longer a deadline; a next action recorded since is, naming the debtor', () => {
    const facts = {
      ...owner,
      contacts: [{ id: 'x3', nextAction: '遅れた分の支払を連絡', nextActionDue: '2026-11-26', nextActionDone: false }],
      offers: [{ id: 'o2', validUntil: '2026-11-30', status: 'considering', installments: 60, monthly: 9_600 }],
      timeline: [],
      payments: null,
      overpaymentLimitation: null,
      today,
    };
    for (const status of ['agreed', 'agreement-signed', 'repaying'] as const) {
      expect(creditorDeadlines({ ...facts, status }).map((d) => [d.kind, d.debtorName])).toEqual([['next-action', '佐藤 一郎']]);
    }
    expect(creditorDeadlines({ ...facts, status: 'negotiating' }).map((d) => d.kind)).toEqual(['next-action', 'offer-expiry']);
  });

  // 2026-12-27 is a Sunday: the installment falls due on Monday 12-28 (最判 H11.3.11, 民法142条) and
  // is listed there, naming the agreed day; paying on the Monday is on time.
  it('lists an installment agreed for a holiday on the business day it falls due', () => {
    const offer = offerSchema.parse({
      from: 'creditor',
      madeOn: '2026-07-01',
      amount: 576_000,
      installments: 48,
      monthly: 12_000,
      firstPaymentDate: '2026-08-27',
      status: 'accepted',
    });
    const terms = scheduleTermsOf(offer, null);
    const paid = [8, 9, 10, 11].map((month) => ({ paidOn: `2026-${String(month).padStart(2, '0')}-27`, amount: 12_000, note: '' }));
    const payments = paymentStatus(paymentSchedule(terms), paid, terms, '2026-12-24');
    const list = creditorDeadlines({
      ...owner,
      status: 'repaying',
      contacts: [],
      offers: [],
      timeline: [],
      payments,
      overpaymentLimitation: null,
      today: '2026-12-24',
    });
    expect(list.map((d) => [d.date, d.title])).toEqual([['2026-12-28', '第5回 12,000円 の返済日(約定日 2026-12-27 が休日のため)']]);
  });
});
