// Business days and the end of a period (民法142条). National holidays come from the maintained
// table of the npm package @holiday-jp/holiday_jp (国民の祝日に関する法律 2条・3条, substitute and
// citizens' holidays included), never from a hand-written list. Pure data: runs in the browser too.
import holidayJp from '@holiday-jp/holiday_jp';
import { addDays, type CivilDate, toDayNumber } from '../civil-date.js';

/**
 * Whose days off count:
 * - 'bank': 銀行の休日 (銀行法15条1項, 銀行法施行令5条1項): Sundays, national holidays, 12-31 to 01-03
 *   and Saturdays. The calendar of a payment by bank transfer.
 * - 'court': 裁判所の休日 (裁判所の休日に関する法律1条1項): Saturdays, Sundays, national holidays and
 *   12-29 to 01-03; a filing period ending on one ends on the next day (同条2項, 民事訴訟法95条3項).
 */
export type BusinessCalendar = 'bank' | 'court';

export const businessCalendarSources: Record<BusinessCalendar, string> = {
  bank: '銀行法15条1項・銀行法施行令5条1項(土曜日・日曜日・国民の祝日・12月31日〜1月3日)',
  court: '裁判所の休日に関する法律1条(土曜日・日曜日・国民の祝日・12月29日〜1月3日)',
};

const holidays: Readonly<Record<string, { name: string }>> = holidayJp.holidays;
const tableYears = Object.keys(holidays).map((date) => Number(date.slice(0, 4)));

/**
 * The years the holiday table covers (1970–2050 in version 2.5). Outside them no national holiday
 * is known: only weekends and the year-end days count, and a date there is treated as if it were
 * no holiday.
 */
export const holidayTableYears = { from: Math.min(...tableYears), to: Math.max(...tableYears), source: '@holiday-jp/holiday_jp' };

/** The national holiday on `date` (国民の祝日, 振替休日 or 国民の休日), or null. */
export function nationalHoliday(date: CivilDate): string | null {
  return Object.hasOwn(holidays, date) ? (holidays[date]?.name ?? null) : null;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day number 0, was a Thursday). */
function weekday(date: CivilDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

function isYearEnd(date: CivilDate, calendar: BusinessCalendar): boolean {
  const monthDay = date.slice(5);
  const from = calendar === 'bank' ? '12-31' : '12-29';
  return monthDay >= from || monthDay <= '01-03';
}

export function isBusinessDay(date: CivilDate, calendar: BusinessCalendar): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !isYearEnd(date, calendar) && nationalHoliday(date) === null;
}

/** `date` itself where it is a business day, else the first business day after it. */
export function nextBusinessDay(date: CivilDate, calendar: BusinessCalendar): CivilDate {
  let day = date;
  while (!isBusinessDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** `date` itself where it is a business day, else the last business day before it. */
export function previousBusinessDay(date: CivilDate, calendar: BusinessCalendar): CivilDate {
  let day = date;
  while (!isBusinessDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/**
 * The day a period whose last day is `date` actually ends (民法142条: a last day that is a Sunday,
 * a national holiday or another day on which business is customarily not done moves to the next
 * day — here the next business day of `calendar`: banks by default, 'court' for a filing).
 */
export function periodLastDay(date: CivilDate, calendar: BusinessCalendar = 'bank'): CivilDate {
  return nextBusinessDay(date, calendar);
}

/** What an agreement says of an installment due on a holiday (null: it says nothing). */
export const holidayRules = ['next-business-day', 'previous-business-day'] as const;
export type HolidayRule = (typeof holidayRules)[number];

export const holidayRuleLabels: Record<HolidayRule, string> = {
  'next-business-day': '休日は翌営業日',
  'previous-business-day': '休日は前営業日',
};

/**
 * The day an installment agreed for `date` falls due, paid by bank transfer. An agreement silent on
 * holidays is read as the next business day: 最判 H11.3.11 (民集53巻3号451頁) presumes that tacit
 * agreement where a due day falls on a Sunday or another bank holiday.
 */
export function installmentFallsDueOn(date: CivilDate, rule: HolidayRule | null): CivilDate {
  return rule === 'previous-business-day' ? previousBusinessDay(date, 'bank') : nextBusinessDay(date, 'bank');
}
