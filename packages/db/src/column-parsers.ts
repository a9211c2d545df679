// How column values come out of either engine: dates stay 'YYYY-MM-DD' texts (no time zone ever)
// and int8 (yen) becomes a number, refused beyond the safe integers (never a silent float).
import { types } from '@electric-sql/pglite';

/** bigint columns hold yen: safe integers, refused beyond (never a silent float). */
export function int8(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`bigint out of range: ${value}`);
  return number;
}

export const DATE_OID = 1082;
export const INT8_OID = 20;

/** PGlite's parsers for the same two types (a data folder, memory or the browser's storage). */
export const pgliteParsers = { [types.DATE]: (value: string) => value, [types.INT8]: int8 };
