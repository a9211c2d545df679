// Law as data: each legal number is a row with the dates it applies to and its source, so a change
// in the law is a new row, not a code edit.
import type { CivilDate } from '../civil-date.js';

export interface DatedRow<T> {
  /** First day the row applies (inclusive). */
  from: CivilDate;
  /** Last day the row applies (inclusive); undefined while in force with no published end. */
  to?: CivilDate;
  value: T;
  /** Statute article, decision or public guideline the value comes from. */
  source: string;
}

export type DatedTable<T> = readonly DatedRow<T>[];

/** The row in force on `date`, or undefined when the table has none (never guessed). */
export function rowOn<T>(table: DatedTable<T>, date: CivilDate): DatedRow<T> | undefined {
  return table.find((row) => row.from <= date && (row.to === undefined || date <= row.to));
}
