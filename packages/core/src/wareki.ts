// 和暦: reading the many ways Japanese documents write a date, and writing one back.
import { type CivilDate, civilDate, isCivilDate, isValidYmd } from './civil-date.js';

export interface Era {
  name: string;
  /** The one-letter abbreviation (H13.1.15) and the one-kanji one (平13.1.15). */
  letter: string;
  kanji: string;
  /** First and last day of the era (last undefined: the current one). */
  first: CivilDate;
  last?: CivilDate;
}

// 元号法 and the era-change cabinet orders (昭和64年1月7日 → 平成元年1月8日; 平成31年4月30日 → 令和元年5月1日).
export const eras: readonly Era[] = [
  { name: '令和', letter: 'R', kanji: '令', first: '2019-05-01' },
  { name: '平成', letter: 'H', kanji: '平', first: '1989-01-08', last: '2019-04-30' },
  { name: '昭和', letter: 'S', kanji: '昭', first: '1926-12-25', last: '1989-01-07' },
  { name: '大正', letter: 'T', kanji: '大', first: '1912-07-30', last: '1926-12-24' },
];

export type ParsedDate =
  | { ok: true; value: CivilDate }
  | { ok: false; code: 'date.empty' | 'date.unreadable' | 'date.impossible' }
  | { ok: false; code: 'date.outsideEra'; params: Record<string, string | number> };

const westernPattern = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;
const compactPattern = /^(\d{4})(\d{2})(\d{2})$/;
const eraPattern = /^(令和|平成|昭和|大正|[RHSTrhst令平昭大])\s*(元|\d{1,2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;

/**
 * Reads `2001-01-15`, `2001/1/15`, `2001年1月15日`, `20010115`, `H13.1.15`, `平13.1.15`,
 * `平成13年1月15日`, `令和元年5月1日`, `R2.4.1` (full-width digits too). Impossible dates,
 * such as 2001-02-29 or 平成31年5月1日, are refused. Never throws.
 */
export function parseJapaneseDate(text: string): ParsedDate {
  if (isCivilDate(text)) return { ok: true, value: text };
  const normalized = text.normalize('NFKC').trim();
  if (normalized === '') return { ok: false, code: 'date.empty' };
  const western = westernPattern.exec(normalized) ?? compactPattern.exec(normalized);
  if (western) return checked(Number(western[1]), Number(western[2]), Number(western[3]));
  const match = eraPattern.exec(normalized);
  if (!match?.[1] || !match[2]) return { ok: false, code: 'date.unreadable' };
  const mark = match[1];
  const era = eras.find((e) => e.name === mark || e.kanji === mark || e.letter === mark.toUpperCase());
  if (!era) return { ok: false, code: 'date.unreadable' };
  const eraYear = match[2] === '元' ? 1 : Number(match[2]);
  const month = Number(match[3]);
  const day = Number(match[4]);
  const year = Number(era.first.slice(0, 4)) + eraYear - 1;
  if (eraYear < 1 || !isValidYmd(year, month, day)) return { ok: false, code: 'date.impossible' };
  const date = civilDate(year, month, day);
  if (date < era.first || (era.last !== undefined && date > era.last)) {
    return {
      ok: false,
      code: 'date.outsideEra',
      params: {
        era: era.name,
        year: eraYear === 1 ? '元' : eraYear,
        month,
        day,
        first: formatWareki(era.first),
        last: era.last ? formatWareki(era.last) : '現在',
      },
    };
  }
  return { ok: true, value: date };
}

function checked(year: number, month: number, day: number): ParsedDate {
  return isValidYmd(year, month, day) ? { ok: true, value: civilDate(year, month, day) } : { ok: false, code: 'date.impossible' };
}

export function eraOf(date: CivilDate): Era | undefined {
  return eras.find((era) => date >= era.first && (era.last === undefined || date <= era.last));
}

/** '2019-05-01' → `令和元年5月1日`; `short` → `R1.5.1`. Dates before 大正 stay western. */
export function formatWareki(date: CivilDate, style: 'long' | 'short' = 'long'): string {
  const era = eraOf(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (!era) return style === 'long' ? `${year}年${month}月${day}日` : `${year}.${month}.${day}`;
  const eraYear = year - Number(era.first.slice(0, 4)) + 1;
  if (style === 'short') return `${era.letter}${eraYear}.${month}.${day}`;
  return `${era.name}${eraYear === 1 ? '元' : eraYear}年${month}月${day}日`;
}
