// The deadlines as an .ics file written while they are read: the office's stored lists a page at a
// time (an office's thousands of deadlines never sit whole in memory as one string), the same bytes
// as deadlinesIcs for the same deadlines.
import type { Deadline } from '@wakai/core';
import { deadlinePages, type User } from '@wakai/db';
import { deadlinesCalendarPieces } from '@wakai/documents';
import type { ServiceContext } from '../context.js';
import { deadlineDay, deadlinesOf, refreshStaleDeadlines } from './deadlines.js';

/** The pieces of the file: the head, then the events of each page, then the tail. */
async function* calendarText(ctx: ServiceContext, pages: AsyncIterable<readonly Deadline[]>): AsyncGenerator<string> {
  const pieces = deadlinesCalendarPieces(ctx.now());
  yield pieces.head;
  for await (const page of pages) yield page.map((deadline) => pieces.event(deadline)).join('');
  yield pieces.tail;
}

async function* once(deadlines: readonly Deadline[]): AsyncGenerator<readonly Deadline[]> {
  yield deadlines;
}

/**
 * The user's deadlines (or one case's) as an iCalendar stream. Access is checked and stale lists are
 * computed before the first byte, so a refusal is still an error answer, not a cut file.
 */
export async function deadlinesIcsStream(
  ctx: ServiceContext,
  { user, caseId, pageSize }: { user: User; caseId?: string; pageSize?: number },
): Promise<ReadableStream<Uint8Array>> {
  let pages: AsyncIterable<readonly Deadline[]>;
  if (caseId !== undefined || user.role === 'debtor') {
    // One case's list, or the debtor's computed for them: small, and never stored.
    pages = once(await deadlinesOf(ctx, caseId === undefined ? { user } : { user, caseId }));
  } else {
    const today = ctx.today();
    await refreshStaleDeadlines(ctx, user.id, today);
    pages = deadlinePages(ctx.db, user.id, deadlineDay(today), pageSize) as AsyncIterable<Deadline[]>;
  }
  const text = calendarText(ctx, pages);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await text.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await text.return(undefined);
    },
  });
}
