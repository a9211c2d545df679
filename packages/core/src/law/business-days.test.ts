// Business days of banks (銀行法15条1項, 銀行法施行令5条1項) and courts (裁判所の休日に関する法律1条), and the
// end of a period (民法142条). National holidays from @holiday-jp/holiday_jp (国民の祝日に関する法律).
import { describe, expect, it } from 'vitest';
import {
  holidayTableYears,
  installmentFallsDueOn,
  isBusinessDay,
  nationalHoliday,
  nextBusinessDay,
  periodLastDay,
  previousBusinessDay,
} from './business-days.js';

describe('business days', () => {
  it('closes banks and courts on Saturdays, Sundays and national holidays', () => {
    expect(isBusinessDay('2026-09-18', 'bank')).toBe(true); // Friday
    expect(isBusinessDay('2026-09-19', 'bank')).toBe(false); // Saturday (施行令5条1項3号)
    expect(isBusinessDay('2026-09-20', 'court')).toBe(false); // Sunday
    // 2026-09-21 敬老の日, 09-22 国民の休日 (祝日法3条3項: between two holidays), 09-23 秋分の日.
    expect(nationalHoliday('2026-09-22')).toBe('休日');
    expect(nextBusinessDay('2026-09-19', 'bank')).toBe('2026-09-24');
    expect(previousBusinessDay('2026-09-23', 'bank')).toBe('2026-09-18');
    expect(nextBusinessDay('2026-09-24', 'bank')).toBe('2026-09-24');
  });

  it('year end: banks close 12-31 to 01-03, courts from 12-29', () => {
    expect(isBusinessDay('2026-12-29', 'bank')).toBe(true);
    expect(isBusinessDay('2026-12-29', 'court')).toBe(false);
    expect(isBusinessDay('2026-12-30', 'bank')).toBe(true);
    expect(isBusinessDay('2026-12-31', 'bank')).toBe(false);
    expect(nextBusinessDay('2026-12-31', 'bank')).toBe('2027-01-04');
    expect(nextBusinessDay('2026-12-29', 'court')).toBe('2027-01-04');
    expect(previousBusinessDay('2027-01-02', 'bank')).toBe('2026-12-30');
    expect(previousBusinessDay('2027-01-02', 'court')).toBe('2026-12-28');
  });

  it('民法142条: a period ending in Golden Week 2026 ends on Thursday 05-07', () => {
    // 05-03 Sunday 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 振替休日 (祝日法3条2項).
    expect(periodLastDay('2026-05-03')).toBe('2026-05-07');
    expect(periodLastDay('2026-05-08')).toBe('2026-05-08');
    expect(periodLastDay('2026-12-29', 'court')).toBe('2027-01-04');
  });

  it('knows holidays 1970–2050 only; outside, weekdays count as business days (documented)', () => {
    expect(holidayTableYears).toMatchObject({ from: 1970, to: 2050 });
    // 2051-05-03 (a Wednesday) would be 憲法記念日, but no table covers 2051 yet.
    expect(isBusinessDay('2051-05-03', 'bank')).toBe(true);
    expect(isBusinessDay('2051-01-02', 'bank')).toBe(false);
  });

  it('an installment follows the agreement’s 休日 clause; silence reads as the next business day (最判 H11.3.11)', () => {
    expect(installmentFallsDueOn('2026-09-27', 'next-business-day')).toBe('2026-09-28');
    expect(installmentFallsDueOn('2026-09-27', null)).toBe('2026-09-28');
    expect(installmentFallsDueOn('2026-09-27', 'previous-business-day')).toBe('2026-09-25');
  });
});
