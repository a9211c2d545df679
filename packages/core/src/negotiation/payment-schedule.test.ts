// The payment calendar of an agreement and the acceleration watch (期限の利益喪失). docs/law/practice.md
// "Settlement agreement": the trigger is a count and/or an amount ("支払を2回以上怠り、その額が
// ○円に達したとき"); two misses → acceleration at the second due date, late charges from the next day.
import { describe, expect, it } from 'vitest';
import { type AccelerationClause, type OfferInput, offerSchema } from './negotiation-schema.js';
import { paymentSchedule, paymentStatus, type ScheduleTerms, scheduleTermsOf } from './payment-schedule.js';

const offer = (fields: Partial<OfferInput> = {}): OfferInput =>
  offerSchema.parse({ from: 'creditor', madeOn: '2026-07-01', amount: 576_000, installments: 48, monthly: 12_000, ...fields });

const terms = (acceleration: AccelerationClause, lateChargeRate: string | null = null): ScheduleTerms => ({
  ...scheduleTermsOf(offer({ firstPaymentDate: '2026-08-27' }), null),
  acceleration,
  lateChargeRate,
});

const twoPaidOneMissed = [
  { paidOn: '2026-08-27', amount: 12_000, note: '' },
  { paidOn: '2026-09-26', amount: 12_000, note: '' },
];

describe('payment schedule', () => {
  it('dates 48 installments of 12,000 yen monthly from the first payment date', () => {
    const schedule = paymentSchedule(terms({ misses: 2, amount: 24_000 }));
    expect(schedule).toHaveLength(48);
    expect(schedule.slice(0, 3).map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-08-27', 12_000],
      ['2026-09-27', 12_000],
      ['2026-10-27', 12_000],
    ]);
    expect(schedule[47]).toMatchObject({ number: 48, dueDate: '2030-07-27' });
    expect(schedule.reduce((sum, p) => sum + p.amount, 0)).toBe(576_000);
  });

  it('puts what monthly × installments leaves over on the last payment, and month-end days on the last day', () => {
    const schedule = paymentSchedule({
      ...scheduleTermsOf(offer({ amount: 100_000, installments: 3, monthly: 30_000, firstPaymentDate: '2027-01-31' }), null),
      paymentDay: 31,
    });
    expect(schedule.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2027-01-31', 30_000],
      ['2027-02-28', 30_000],
      ['2027-03-31', 40_000],
    ]);
  });

  it('pays a lump sum on the first date and starts the installments after the deferral', () => {
    const schedule = paymentSchedule(
      scheduleTermsOf(
        offer({ amount: 130_000, installments: 2, monthly: 50_000, lumpSum: 30_000, deferralMonths: 2, firstPaymentDate: '2027-01-10' }),
        null,
      ),
    );
    expect(schedule.map((p) => [p.dueDate, p.amount, p.lumpSum])).toEqual([
      ['2027-01-10', 30_000, true],
      ['2027-03-10', 50_000, false],
      ['2027-04-10', 50_000, false],
    ]);
  });

  it('takes the written agreement over the offer where it states a term', () => {
    const written = scheduleTermsOf(offer({ firstPaymentDate: '2026-08-27' }), {
      signedOn: '2026-08-01',
      settlementDate: '2026-07-31',
      confirmedBalance: 570_000,
      installments: 57,
      monthly: 10_000,
      paymentDay: 25,
      firstPaymentDate: '2026-08-25',
      payeeAccount: '',
      transferFeePayer: 'debtor',
      forgiveness: false,
      acceleration: { misses: 2, amount: 20_000 },
      lateChargeRate: '14.6',
      futureInterestRate: '0',
      settlementClause: true,
      costsEachOwn: true,
      holidayRule: 'next-business-day',
      note: '',
    });
    expect(written).toMatchObject({ amount: 570_000, installments: 57, monthly: 10_000, paymentDay: 25, lateChargeRate: '14.6' });
    expect(paymentSchedule(written)[1]?.dueDate).toBe('2026-09-25');
  });
});

describe('acceleration countdown', () => {
  it('count and amount (2 misses, 24,000 yen): one missed → fires at the next due date unless the overdue installment is paid', () => {
    const t = terms({ misses: 2, amount: 24_000 });
    const status = paymentStatus(paymentSchedule(t), twoPaidOneMissed, t, '2026-11-23');
    expect(status).toMatchObject({ paid: 24_000, missed: 1, arrears: 12_000, remaining: 552_000 });
    expect(status.installments[2]).toMatchObject({ dueDate: '2026-10-27', state: 'late', daysLate: 27 });
    expect(status.nextDue).toMatchObject({ number: 4, dueDate: '2026-11-27' });
    expect(status.acceleration).toEqual({ state: 'countdown', on: '2026-11-27', daysLeft: 4, toCure: 12_000, balance: 552_000 });
  });

  it('count only (2 misses): the same date; nothing missed yet → the due date after next', () => {
    const t = terms({ misses: 2, amount: null });
    expect(paymentStatus(paymentSchedule(t), twoPaidOneMissed, t, '2026-11-23').acceleration).toMatchObject({
      on: '2026-11-27',
      daysLeft: 4,
      toCure: 12_000,
    });
    const upToDate = [...twoPaidOneMissed, { paidOn: '2026-10-27', amount: 12_000, note: '' }];
    const status = paymentStatus(paymentSchedule(t), upToDate, t, '2026-11-23');
    expect(status).toMatchObject({ missed: 0, arrears: 0 });
    // 2026-12-27 is a Sunday: the installment falls due on Monday 2026-12-28 (最判 H11.3.11), 35 days on.
    expect(status.acceleration).toMatchObject({ state: 'countdown', on: '2026-12-28', daysLeft: 35 });
  });

  it('amount only (30,000 yen): fires when the arrears reach the amount, curable by less than an installment', () => {
    const t = terms({ misses: null, amount: 30_000 });
    // 10-27 missed (12,000); 11-27 → 24,000; 12-27 → 36,000 ≥ 30,000. 12-27 is a Sunday: it falls due on 12-28.
    expect(paymentStatus(paymentSchedule(t), twoPaidOneMissed, t, '2026-11-23').acceleration).toEqual({
      state: 'countdown',
      on: '2026-12-28',
      daysLeft: 35,
      toCure: 6_001,
      balance: 552_000,
    });
  });

  it('one miss (a harsh clause): accelerated at the missed due date, late charges on the rest from the next day', () => {
    const t = terms({ misses: 1, amount: null }, '14.6');
    const status = paymentStatus(paymentSchedule(t), twoPaidOneMissed, t, '2026-11-23');
    // 552,000 × 14.6% ÷ 365 = 220.8 → 220 yen a day.
    expect(status.acceleration).toEqual({
      state: 'accelerated',
      on: '2026-10-27',
      lateChargesFrom: '2026-10-28',
      balance: 552_000,
      lateChargeRate: '14.6',
      appliedLateChargeRate: '14.6',
      lateChargeCut: null,
      dailyLateCharge: 220,
    });
  });

  // docs/law/recalculation.md "Late charges": 利息制限法4条1項 (1.46 × the 1条 cap: 18% → 26.28% for 100,000–999,999
  // yen) and 7条1項 (20% for a business lender); the excess is void, after acceleration too.
  it('after acceleration, an agreed late charge above the cap is computed at the cap and says so', () => {
    const t = terms({ misses: 1, amount: null }, '29.2');
    const lender = paymentStatus(
      paymentSchedule(t),
      twoPaidOneMissed,
      { ...t, cap: { principal: 576_000, businessLender: true } },
      '2026-11-23',
    );
    // 552,000 × 20% ÷ 365 = 302.46 → 302 yen a day (at 29.2% it would be 441).
    expect(lender.acceleration).toMatchObject({
      lateChargeRate: '29.2',
      appliedLateChargeRate: '20',
      lateChargeCut: { cap: '20', source: expect.stringContaining('7条1項') },
      dailyLateCharge: 302,
    });
    const individual = paymentStatus(
      paymentSchedule(t),
      twoPaidOneMissed,
      { ...t, cap: { principal: 576_000, businessLender: false } },
      '2026-11-23',
    );
    // 552,000 × 26.28% ÷ 365 = 397.44 → 397.
    expect(individual.acceleration).toMatchObject({ appliedLateChargeRate: '26.28', dailyLateCharge: 397 });
    const within = terms({ misses: 1, amount: null }, '14.6');
    const atAgreed = paymentStatus(
      paymentSchedule(within),
      twoPaidOneMissed,
      { ...within, cap: { principal: 576_000, businessLender: true } },
      '2026-11-23',
    );
    expect(atAgreed.acceleration).toMatchObject({ appliedLateChargeRate: '14.6', lateChargeCut: null, dailyLateCharge: 220 });
  });

  it('a payment made after the due date does not undo an acceleration that already happened', () => {
    const t = terms({ misses: 2, amount: null });
    const late = [...twoPaidOneMissed, { paidOn: '2026-12-01', amount: 24_000, note: '' }];
    const status = paymentStatus(paymentSchedule(t), late, t, '2026-12-05');
    expect(status.acceleration).toMatchObject({ state: 'accelerated', on: '2026-11-27', balance: 552_000 });
    expect(status).toMatchObject({ missed: 0, arrears: 0 });
  });

  it('no clause, no countdown; everything paid, nothing to watch', () => {
    const none = terms({ misses: null, amount: null });
    expect(paymentStatus(paymentSchedule(none), twoPaidOneMissed, none, '2026-11-23').acceleration).toBeNull();
    const t = terms({ misses: 2, amount: null });
    const status = paymentStatus(paymentSchedule(t), [{ paidOn: '2026-08-27', amount: 576_000, note: '一括' }], t, '2026-11-23');
    expect(status).toMatchObject({ fullyPaid: true, remaining: 0, acceleration: null, nextDue: null });
  });
});

// Issue 17 item 6. An installment whose agreed day is a bank holiday falls due on the next bank
// business day: the agreement's 休日 clause, or without one the tacit agreement 最判 H11.3.11
// (民集53巻3号451頁) presumes; 民法142条 for periods. 2026-09-27 is a Sunday (銀行法施行令5条1項:
// Saturdays, Sundays and national holidays are bank holidays).
describe('holidays', () => {
  const sundayInstallment = terms({ misses: 1, amount: null }, '14.6');

  it('keeps the agreed day and gives the day it actually falls due (next bank business day)', () => {
    const schedule = paymentSchedule(sundayInstallment);
    expect(schedule.slice(0, 2).map((p) => [p.dueDate, p.fallsDueOn])).toEqual([
      ['2026-08-27', '2026-08-27'],
      ['2026-09-27', '2026-09-28'],
    ]);
    // 2027-05-03..05 are 憲法記念日, みどりの日 and こどもの日 (国民の祝日に関する法律2条): due on Thursday 05-06.
    expect(schedule.find((p) => p.dueDate === '2027-05-27')?.fallsDueOn).toBe('2027-05-27');
    const may = paymentSchedule({ ...sundayInstallment, firstPaymentDate: '2027-05-03' });
    expect(may[0]?.fallsDueOn).toBe('2027-05-06');
  });

  it('an installment due on a Sunday and paid on the Monday is on time: no 期限の利益喪失', () => {
    const paid = [
      { paidOn: '2026-08-27', amount: 12_000, note: '' },
      { paidOn: '2026-09-28', amount: 12_000, note: '' },
    ];
    const status = paymentStatus(paymentSchedule(sundayInstallment), paid, sundayInstallment, '2026-10-01');
    expect(status).toMatchObject({ missed: 0, arrears: 0 });
    expect(status.installments[1]).toMatchObject({ dueDate: '2026-09-27', fallsDueOn: '2026-09-28', state: 'paid', daysLate: 0 });
    expect(status.acceleration).toMatchObject({ state: 'countdown', on: '2026-10-27' });
  });

  it('on the Monday itself, an unpaid Sunday installment is not yet late; the day after, it is', () => {
    const paid = [{ paidOn: '2026-08-27', amount: 12_000, note: '' }];
    const monday = paymentStatus(paymentSchedule(sundayInstallment), paid, sundayInstallment, '2026-09-28');
    expect(monday).toMatchObject({ missed: 0 });
    expect(monday.installments[1]).toMatchObject({ state: 'upcoming' });
    expect(monday.acceleration).toMatchObject({ state: 'countdown', on: '2026-09-28', daysLeft: 0 });
    const tuesday = paymentStatus(paymentSchedule(sundayInstallment), paid, sundayInstallment, '2026-09-29');
    expect(tuesday.installments[1]).toMatchObject({ state: 'late', daysLate: 1 });
    expect(tuesday.acceleration).toMatchObject({ state: 'accelerated', on: '2026-09-28', lateChargesFrom: '2026-09-29' });
  });

  it('an agreement that moves holiday installments to the previous business day is followed', () => {
    const earlier = { ...sundayInstallment, holidayRule: 'previous-business-day' as const };
    expect(paymentSchedule(earlier)[1]?.fallsDueOn).toBe('2026-09-25');
  });
});
