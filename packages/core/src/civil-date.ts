// Civil dates: a year, month and day with no time zone. Texts are 'YYYY-MM-DD'; arithmetic runs
// on day numbers (days since 1970-01-01), converted by Howard Hinnant's days_from_civil.

/** A calendar date written 'YYYY-MM-DD'. */
export type CivilDate = string;

/** Days since 1970-01-01 (negative before). */
export type DayNumber = number;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): 365 | 366 {
  return isLeapYear(year) ? 366 : 365;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function dayNumberFromYmd(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function ymdFromDayNumber(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → its parts, or undefined for anything else or an impossible date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = isoPattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : undefined;
}

/**
 * The day number of a 'YYYY-MM-DD' text, or undefined when it is not one or no such day exists.
 * Reads characters directly: it runs once per transaction row.
 */
export function dayNumberOfIso(text: string): DayNumber | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 0 || day < 0 || !isValidYmd(year, month, day)) return undefined;
  return dayNumberFromYmd(year, month, day);
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

export function isCivilDate(text: string): boolean {
  return dayNumberOfIso(text) !== undefined;
}

export function civilDate(year: number, month: number, day: number): CivilDate {
  if (!isValidYmd(year, month, day)) throw new RangeError(`no such date: ${year}-${month}-${day}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toDayNumber(date: CivilDate): DayNumber {
  const dayNumber = dayNumberOfIso(date);
  if (dayNumber === undefined) throw new RangeError(`not a civil date: ${date}`);
  return dayNumber;
}

export function fromDayNumber(dayNumber: DayNumber): CivilDate {
  const { year, month, day } = ymdFromDayNumber(dayNumber);
  return civilDate(year, month, day);
}

/** Days from `from` to `to` (片端: the first day is not counted). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: CivilDate, years: number): CivilDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a civil date: ${date}`);
  const year = parts.year + years;
  return civilDate(year, parts.month, Math.min(parts.day, daysInMonth(year, parts.month)));
}

/** The same day `months` later (the month's last day where it has no such day). */
export function addMonthsToDate(date: CivilDate, months: number): CivilDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a civil date: ${date}`);
  const index = parts.year * 12 + parts.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return civilDate(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

/** Japan Standard Time is UTC+9 all year (標準時, 明治19年勅令第51号; no summer time since 1951). */
const JST_OFFSET_MS = 9 * 3_600_000;

/**
 * The civil date in Japan at the instant `now`: a case runs on Japanese dates whatever the machine's
 * zone. By the fixed offset, not Intl: every request asks several times, and Intl's formatting cost
 * more than the rest of a light request's date work.
 */
export function civilDateInJapan(now: Date): CivilDate {
  return new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}
