// The tables a server keeps beside the cases: each case's deadlines as computed for a day (derived,
// recomputed when stale) and the login throttle's counts shared by every server process.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** That a case's deadlines were computed for `computed_on` at the case's `revision` (derived; recomputed when stale). */
export interface DeadlineListTable {
  case_id: string;
  computed_on: string;
  revision: number;
  format: number;
  /** How many of the list's deadlines fall in each of the window's ranges on that day, by kind ('*': all kinds). */
  tally: ColumnType<DeadlineTally | null, string | null | undefined, string | null>;
}

/** Counts by kind ('*' for every kind), one number per range of the deadlines window, in its order. */
export type DeadlineTally = Record<string, number[]>;

/** A case changed (or added) since its lists were known current for every day in deadline_days (kept by a trigger). */
export interface DeadlineChangeTable {
  case_id: string;
  revision: number;
}

/** A day whose lists the scheduled refresh is sweeping (`complete` once every case was current or changed since). */
export interface DeadlineDayTable {
  day: string;
  format: number;
  complete: boolean;
}

/** A user's deadlines stamp, renewed at the commit of a change to what they see (kept by a trigger): the window's ETag. */
export interface DeadlineMarkTable {
  user_id: string;
  stamp: string;
}

/** A failed (or not yet judged) login attempt counted against `key` (an account and source, or a source). */
export interface LoginFailureTable {
  id: Generated<string>;
  key: string;
  /** Milliseconds since the epoch (the throttle's clock). */
  at: ColumnType<string, number, number>;
}

/** A device id an account logged in on: its attempts at the account are its own. */
export interface LoginDeviceTable {
  device: string;
  account: string;
}

/** One deadline of a computed list, by its absolute date (what a window reads). */
export interface DeadlineEntryTable {
  case_id: string;
  computed_on: string;
  date: string;
  kind: string;
  case_title: string;
  uid: string;
  deadline: JSONColumnType<object>;
}
