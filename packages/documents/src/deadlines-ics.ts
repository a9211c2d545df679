// The deadlines as an iCalendar file (RFC 5545), so a debtor or an office sees them in their own
// calendar: one all-day event per deadline, with a stable UID so a re-import updates, not duplicates.
import { type Deadline, deadlineKindLabels } from '@wakai/core';
import ical from 'ical-generator';

/** All-day dates are written from the civil date's own parts (never shifted by a time zone). */
function civilDateAsUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function deadlinesCalendar(deadlines: readonly Deadline[], stamp: Date): string {
  const calendar = ical({ name: 'Wakai 期限', prodId: { company: 'wakai', product: 'deadlines', language: 'JA' } });
  for (const deadline of deadlines) {
    calendar.createEvent({
      id: `${deadline.uid}@wakai`,
      start: civilDateAsUtc(deadline.date),
      allDay: true,
      stamp,
      summary: `【${deadlineKindLabels[deadline.kind]}】${deadline.debtorName} / ${deadline.creditorName}: ${deadline.title}`,
      description: `${deadline.debtorName}(${deadline.caseTitle})/ ${deadline.creditorName}\n${deadline.title}`,
    });
  }
  return calendar.toString();
}
