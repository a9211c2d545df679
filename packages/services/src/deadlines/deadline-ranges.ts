// The ranges the deadlines window is read in (what is overdue, due this week, later in the next 60 days)
// and each case's tally of them, stored with its list for the day: the window's counts are sums of
// tallies. A change to the ranges changes what is stored: bump DEADLINES_FORMAT (deadlines.ts) with it.
import { addDays, type CivilDate, type Deadline } from '@wakai/core';
import { ALL_KINDS, type DeadlineTally } from '@wakai/db';

export const deadlineRanges = ['overdue', 'week', 'later'] as const;
export type DeadlineRange = (typeof deadlineRanges)[number];

/** The dates a named range holds on `today` (inclusive): before today; today and the 7 days after; the rest of the next 60 days. */
export function rangeBounds(range: DeadlineRange, today: CivilDate): { from?: CivilDate; to?: CivilDate } {
  if (range === 'overdue') return { to: addDays(today, -1) };
  if (range === 'week') return { from: today, to: addDays(today, 7) };
  return { from: addDays(today, 8), to: addDays(today, 60) };
}

/** How many of a case's deadlines fall in each range on `day`, by kind and in all. */
export function deadlineTallyOf(deadlines: readonly Deadline[], day: CivilDate): DeadlineTally {
  const bounds = deadlineRanges.map((range) => rangeBounds(range, day));
  const tally: DeadlineTally = { [ALL_KINDS]: bounds.map(() => 0) };
  for (const deadline of deadlines) {
    const inRange = bounds.map(
      ({ from, to }) => (from === undefined || deadline.date >= from) && (to === undefined || deadline.date <= to),
    );
    for (const key of [ALL_KINDS, deadline.kind]) {
      const counts = tally[key] ?? bounds.map(() => 0);
      tally[key] = counts.map((count, i) => count + (inRange[i] ? 1 : 0));
    }
  }
  return tally;
}
