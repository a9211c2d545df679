// The coach's warnings on a form's draft, computed in the browser by the same core rules the
// server uses (the facts come with the creditor's file), so they show before anything is saved.
import { type CoachDraft, type CoachFacts, type CoachWarning, coachWarnings, contactSchema, isCivilDate, offerSchema } from '@wakai/core';

export type CoachBase = Omit<CoachFacts, 'draft'>;

function warn(base: CoachBase, draft: CoachDraft | null): CoachWarning[] {
  return draft ? coachWarnings({ ...base, draft }) : [];
}

/** A contact being typed: judged once its date is valid (the summary may still be empty). */
export function contactDraftWarnings(base: CoachBase, body: Record<string, unknown>): CoachWarning[] {
  const parsed = contactSchema.safeParse({ ...body, summary: body.summary || '(入力中)' });
  return warn(base, parsed.success ? { kind: 'contact', contact: parsed.data } : null);
}

/** An offer being typed: judged once it is complete enough to schedule. */
export function offerDraftWarnings(base: CoachBase, body: Record<string, unknown>): CoachWarning[] {
  const parsed = offerSchema.safeParse(body);
  return warn(base, parsed.success ? { kind: 'offer', offer: parsed.data } : null);
}

export function statusDraftWarnings(base: CoachBase, to: string, date: string): CoachWarning[] {
  if (!isCivilDate(date)) return [];
  return warn(base, { kind: 'status', change: { to: to as CoachFacts['changes'][number]['status'], date } });
}
