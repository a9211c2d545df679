// The user's current deadlines read a page at a time, for a file written as it is read (the .ics
// feed): each page starts after the last row of the one before (no page re-reads the rows before it).
import { sql } from 'kysely';
import { type DeadlineDay, inListOrder, windowQuery } from './case-deadline.repository.js';
import type { Db } from './db.js';

/** What a stored deadline's JSON holds of the list order (date, case title, id). */
interface Ordered {
  date: string;
  caseTitle: string;
  uid: string;
}

/** Every current deadline of the user's cases for the day, in the order of allDeadlines, in pages. */
export async function* deadlinePages(db: Db, userId: string, at: DeadlineDay, pageSize = 500): AsyncGenerator<object[]> {
  let after: Ordered | undefined;
  for (;;) {
    let query = windowQuery(db, userId, at, {}).select('e.deadline');
    // The same order as inListOrder; a deadline's id is unique (its creditor's id is in it).
    if (after)
      query = query.where(
        sql<boolean>`(e.date, e.case_title collate "C", e.uid collate "C") > (${after.date}::date, ${after.caseTitle} collate "C", ${after.uid} collate "C")`,
      );
    const rows = await query.orderBy(inListOrder).limit(pageSize).execute();
    if (rows.length > 0) yield rows.map((row) => row.deadline);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]?.deadline as Ordered;
  }
}
