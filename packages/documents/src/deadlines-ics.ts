// The deadlines as an iCalendar file (RFC 5545), so a debtor or an office sees them in their own
// calendar: one all-day event per deadline, with a stable UID so a re-import updates, not duplicates.
import { type Deadline, deadlineKindLabels } from '@wakai/core';
import ical from 'ical-generator';

/** All-day dates are written from the civil date's own parts (never shifted by a time zone). */
function civilDateAsUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

const calendarOptions = { name: 'Wakai 期限', prodId: { company: 'wakai', product: 'deadlines', language: 'JA' } } as const;

/** A possibly time-barred debt's deadline: paying, promising or offering is an acknowledgement (民法152条1項). */
const timeBarredNote = '【時効の可能性】払う・払う約束・和解案の前に、時効の援用を検討してください(民法152条1項)';

function eventOf(deadline: Deadline, stamp: Date) {
  return {
    id: `${deadline.uid}@wakai`,
    start: civilDateAsUtc(deadline.date),
    allDay: true,
    stamp,
    summary: `【${deadlineKindLabels[deadline.kind]}】${deadline.debtorName} / ${deadline.creditorName}: ${deadline.title}`,
    description: `${deadline.debtorName}(${deadline.caseTitle})/ ${deadline.creditorName}\n${deadline.title}${deadline.timeBarred ? `\n${timeBarredNote}` : ''}`,
  };
}

export function deadlinesCalendar(deadlines: readonly Deadline[], stamp: Date): string {
  const calendar = ical(calendarOptions);
  for (const deadline of deadlines) calendar.createEvent(eventOf(deadline, stamp));
  return calendar.toString();
}

/** The calendar's last line: ical-generator writes it without a line break. */
const TAIL = 'END:VCALENDAR';

/**
 * The same file in pieces, to be written as the deadlines are read: the head, one piece per event, the
 * tail. Joined they are deadlinesCalendar's file byte for byte (lines are folded one by one, so an
 * event folds alone as it does among the others).
 */
export function deadlinesCalendarPieces(stamp: Date) {
  const calendar = ical(calendarOptions);
  const empty = calendar.toString();
  if (!empty.endsWith(TAIL)) throw new Error('ical-generator no longer ends a calendar with END:VCALENDAR');
  const head = empty.slice(0, -TAIL.length);
  return {
    head,
    tail: TAIL,
    event(deadline: Deadline): string {
      calendar.clear();
      calendar.createEvent(eventOf(deadline, stamp));
      return calendar.toString().slice(head.length, -TAIL.length);
    },
  };
}
