// Business days, from a maintained holiday table (npm @holiday-jp/holiday_jp: 内閣府「国民の祝日」,
// known through 2050; a later date is taken as having no national holiday). Due dates that fall on a
// day off move to the next business day (民法142条; settlement agreements say the same).
import holidayJp from '@holiday-jp/holiday_jp';
import { addDays, type CivilDate, toDayNumber } from '../civil-date.js';

/** 'bank': 土日・祝日・12月31日〜1月3日 (銀行法15条1項・同法施行令5条1項); 'court': 土日・祝日・12月29日〜1月3日 (裁判所の休日に関する法律1条1項). */
export type BusinessCalendar = 'bank' | 'court';

const nationalHolidays = holidayJp.holidays as Readonly<Record<string, { name: string }>>;

/** The national holiday's name on `date`, if it is one. */
export function holidayName(date: CivilDate): string | null {
  return nationalHolidays[date]?.name ?? null;
}

function yearEndOff(date: CivilDate, calendar: BusinessCalendar): boolean {
  const monthDay = date.slice(5);
  const firstOff = calendar === 'bank' ? '12-31' : '12-29';
  return monthDay >= firstOff || monthDay <= '01-03';
}

export function isBusinessDay(date: CivilDate, calendar: BusinessCalendar = 'bank'): boolean {
  const weekday = (toDayNumber(date) + 4) % 7; // day 0 (1970-01-01) was a Thursday; 0 = Sunday
  return weekday !== 0 && weekday !== 6 && holidayName(date) === null && !yearEndOff(date, calendar);
}

/** `date` itself when it is a business day, else the next one. */
export function nextBusinessDay(date: CivilDate, calendar: BusinessCalendar = 'bank'): CivilDate {
  let day = date;
  while (!isBusinessDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** `date` itself when it is a business day, else the one before. */
export function previousBusinessDay(date: CivilDate, calendar: BusinessCalendar = 'bank'): CivilDate {
  let day = date;
  while (!isBusinessDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/** A period whose last day is a day off ends on the next business day (民法142条; the court calendar). */
export function periodLastDay(date: CivilDate): CivilDate {
  return nextBusinessDay(date, 'court');
}
