// Dates as the documents print them: 和暦 ("令和8年11月23日", 元年 included), in one place, through
// the core's era table (docs/documents.md "Common layout").
import { type CivilDate, formatWareki } from '@wakai/core/engine';

/** '2026-11-23' → 令和8年11月23日 */
export function warekiDate(date: CivilDate): string {
  return formatWareki(date);
}

/** '2026-11' → 令和8年11月 (a budget month, a payment month). */
export function warekiMonth(month: string): string {
  return formatWareki(`${month}-01`).replace(/1日$/, '');
}

/** 'YYYY-MM-DDTHH:MM' → 令和8年11月23日 14:30 */
export function warekiDateTime(at: string): string {
  return `${warekiDate(at.slice(0, 10))} ${at.slice(11, 16)}`;
}
