import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, civilDateInJapan, daysBetween, daysInYear, fromDayNumber, isCivilDate, isLeapYear, toDayNumber } from './civil-date.js';

describe('leap years (Gregorian rule)', () => {
  it.each([
    [1900, false],
    [2000, true],
    [2001, false],
    [2004, true],
    [2100, false],
    [2024, true],
  ])('%i leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInYear(year)).toBe(leap ? 366 : 365);
  });
});

describe('civil dates', () => {
  it('accepts 29 February only in leap years', () => {
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('1900-02-29')).toBe(false);
    expect(isCivilDate('2001-02-29')).toBe(false);
    expect(isCivilDate('2001-04-31')).toBe(false);
    expect(isCivilDate('2001-1-15')).toBe(false);
  });

  it('counts days across leap days and the era change', () => {
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('2001-02-28', '2001-03-01')).toBe(1);
    expect(daysBetween('2000-03-27', '2000-04-25')).toBe(29);
    expect(daysBetween('2019-04-30', '2019-05-01')).toBe(1);
    expect(daysBetween('2020-03-31', '2020-04-01')).toBe(1);
    expect(daysBetween('2000-01-01', '2001-01-01')).toBe(366);
    expect(toDayNumber('1970-01-01')).toBe(0);
  });

  it('round-trips every day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('adds years keeping the month-day, 29 February → 28 February', () => {
    expect(addYears('2008-05-10', 10)).toBe('2018-05-10');
    expect(addYears('2000-02-29', 1)).toBe('2001-02-28');
    expect(addYears('2000-02-29', 4)).toBe('2004-02-29');
  });
});

describe('the civil date in Japan (JST, UTC+9: 明治19年勅令第51号)', () => {
  it('turns at 15:00 UTC', () => {
    expect(civilDateInJapan(new Date('2026-12-05T14:59:59.999Z'))).toBe('2026-12-05');
    expect(civilDateInJapan(new Date('2026-12-05T15:00:00.000Z'))).toBe('2026-12-06');
    expect(civilDateInJapan(new Date('2024-02-28T15:00:00.000Z'))).toBe('2024-02-29');
  });

  it('agrees with the time zone database for any instant from 1970 to 2100', () => {
    const tokyo = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(civilDateInJapan(new Date(ms))).toBe(tokyo.format(new Date(ms)));
      }),
    );
  });
});
