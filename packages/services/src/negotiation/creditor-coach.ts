// The coach for one creditor: the facts its warnings read (so a form can warn before saving), the
// 時効 status of each contract, the collection-after-notice count, and the warnings on each contact
// and offer already recorded. Plus a preview of a draft, for the API and any client.
import {
  type CoachDraft,
  type CoachFacts,
  type CoachWarning,
  coachWarnings,
  contactSchema,
  contractName,
  type DebtPosition,
  type LimitationPosition,
  limitationQuestions,
  limitationSummary,
  offerSchema,
  statusChangeSchema,
} from '@wakai/core';
import { listNegotiations, type StoredCase, type StoredNegotiation, type User } from '@wakai/db';
import { z } from 'zod';
import { creditorWithCase } from '../access.js';
import { checked } from '../app-error.js';
import { casePositions } from '../cases/case-figures.js';
import type { ServiceContext } from '../context.js';

export type CoachBase = Omit<CoachFacts, 'draft'>;

export interface CreditorCoach {
  facts: CoachBase;
  /** Each contract's 時効 as of today, from the debt position, with its words and questions. */
  limitation: { label: string; limitation: LimitationPosition; summary: string; questions: string[] }[];
  /** Contacts recorded as collection after the 受任通知 (貸金業法21条1項9号). */
  violations: number;
  contacts: Record<string, CoachWarning[]>;
  offers: Record<string, CoachWarning[]>;
}

export function coachBase(
  position: DebtPosition,
  negotiation: Pick<StoredNegotiation, 'changes'>,
  stored: Pick<StoredCase, 'officeActs'>,
): CoachBase {
  return {
    creditor: { name: position.name, kind: position.creditorKind },
    position,
    changes: negotiation.changes.map((c) => ({ status: c.status, date: c.date })),
    officeActs: stored.officeActs,
  };
}

export function creditorCoach(base: CoachBase, negotiation: StoredNegotiation): CreditorCoach {
  const warn = (draft: CoachDraft) => coachWarnings({ ...base, draft });
  return {
    facts: base,
    limitation: base.position.contracts.map((k) => ({
      label: contractName(base.position.name, k),
      limitation: k.limitation,
      summary: limitationSummary(k.limitation),
      questions: limitationQuestions(k.limitation),
    })),
    violations: negotiation.contacts.filter((c) => c.collectionAfterNotice).length,
    contacts: Object.fromEntries(negotiation.contacts.map((c) => [c.id, warn({ kind: 'contact', contact: c })])),
    offers: Object.fromEntries(negotiation.offers.map((o) => [o.id, warn({ kind: 'offer', offer: o })])),
  };
}

export const previewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contact'), input: contactSchema }),
  z.object({ kind: z.literal('offer'), input: offerSchema }),
  z.object({ kind: z.literal('status'), input: statusChangeSchema }),
]);

/** The warnings on one draft of a creditor of `stored` (the user's access already checked). */
export async function draftWarnings(ctx: ServiceContext, stored: StoredCase, creditorId: string, draft: CoachDraft) {
  const { positions } = await casePositions(ctx, stored);
  const position = positions.find((p) => p.creditorId === creditorId) as DebtPosition;
  const negotiation = (await listNegotiations(ctx.db, [creditorId])).get(creditorId) as StoredNegotiation;
  const base = coachBase(position, negotiation, stored);
  return coachWarnings({ ...base, draft });
}

/** What the coach says about a contact, offer or step before it is saved (nothing is written). */
export async function previewCoach(ctx: ServiceContext, { user, creditorId, body }: { user: User; creditorId: string; body: unknown }) {
  const { creditor, stored } = await creditorWithCase(ctx.db, user, creditorId);
  const preview = checked(previewSchema, body);
  const draft: CoachDraft =
    preview.kind === 'contact'
      ? { kind: 'contact', contact: preview.input }
      : preview.kind === 'offer'
        ? { kind: 'offer', offer: preview.input }
        : { kind: 'status', change: preview.input };
  return { warnings: await draftWarnings(ctx, stored, creditor.id, draft) };
}
