// A case's negotiation, every creditor's view computed from what is stored: the diagnosis gives
// each creditor's share of the budget and the alternatives; the core judges offers, checks the
// agreement, watches the payments and lists the deadlines.
import {
  type CivilDate,
  type DebtPosition,
  defaultStepNorms,
  diagnose,
  mayBeTimeBarred,
  type NegotiationRecord,
  negotiationDeadlines,
  negotiationView,
  offerContextFor,
} from '@wakai/core';
import { listNegotiations, type StoredCase, type StoredNegotiation, type User } from '@wakai/db';
import { type CaseRole, creditorWithCase, type Need } from '../access.js';
import { notFound } from '../app-error.js';
import { casePositions, diagnosisInputOf } from '../cases/case-figures.js';
import type { ServiceContext } from '../context.js';
import { readableCreditor, readableNegotiation } from '../readable.js';
import { coachBase, creditorCoach } from './creditor-coach.js';
import type { CreditorNegotiation } from './creditor-negotiation-model.js';

export type { CreditorNegotiation } from './creditor-negotiation-model.js';

/**
 * Every creditor's negotiation, or only `onlyCreditorId`'s: the diagnosis needs every creditor's debt
 * (for the shares), but one creditor's page needs only its own records read and judged.
 */
export async function caseNegotiation(
  ctx: ServiceContext,
  stored: StoredCase,
  today: CivilDate,
  onlyCreditorId?: string,
  /** Who reads it: the debtor's view leaves out what the office keeps to itself (`readable.ts`). */
  as: CaseRole = 'owner',
): Promise<CreditorNegotiation[]> {
  const figures = await casePositions(ctx, stored, today);
  const { creditors, positions } = figures;
  const input = diagnosisInputOf(stored, figures);
  // Shares are of the whole available amount (no safety margin), on the standard plan settings.
  const diagnosis = diagnose({ ...input, plan: {}, safetyMargin: 0 });
  const wanted = creditors.filter((c) => onlyCreditorId === undefined || c.id === onlyCreditorId);
  const negotiations = await listNegotiations(
    ctx.db,
    wanted.map((c) => c.id),
  );
  const norms = { ...defaultStepNorms, ...stored.stepNorms };
  return wanted.map((withNote) => {
    const creditor = readableCreditor(withNote, as);
    const negotiation = readableNegotiation(negotiations.get(creditor.id) as StoredNegotiation, as);
    const record: NegotiationRecord = { status: creditor.status, ...negotiation, officeActs: stored.officeActs };
    const position = positions[creditors.indexOf(withNote)] as DebtPosition;
    const context = offerContextFor(diagnosis, position, today);
    const view = negotiationView(record, context, norms);
    const deadlines = negotiationDeadlines(
      view,
      record,
      {
        caseId: stored.id,
        caseTitle: stored.title || stored.debtor.name,
        debtorName: stored.debtor.name,
        creditorId: creditor.id,
        creditorName: creditor.name,
        overpaymentLimitation: input.creditors[creditors.indexOf(withNote)]?.overpaymentLimitation ?? null,
        // The mark is the position's, as the board's 「時効の可能性」 flag is: never recounted here.
        timeBarred: mayBeTimeBarred(position.limitationStatus),
      },
      today,
    );
    const coach = creditorCoach(coachBase(position, negotiation, stored), negotiation);
    const planShare = diagnosis.plan.creditors.find((c) => c.key === creditor.id) ?? null;
    const planStartMonth = diagnosis.plan.firstMonth?.month ?? today.slice(0, 7);
    return { creditor, position, stored: negotiation, context, view, deadlines, coach, planShare, planStartMonth };
  });
}

/** How one creditor's negotiation goes out: its records and what the core derives from them. */
export function negotiationJson({ creditor, position, stored, context, view, deadlines, coach }: CreditorNegotiation) {
  const { contracts: _, ...rest } = creditor;
  return { creditor: rest, position, record: stored, context, view, deadlines, coach };
}

/** One creditor's file, computed with the whole case (its share of the budget needs every debt). */
export async function creditorNegotiation(
  ctx: ServiceContext,
  { user, creditorId, need = 'office' }: { user: User; creditorId: string; need?: Need },
) {
  const { creditor, stored, as } = await creditorWithCase(ctx.db, user, creditorId, need);
  const today = ctx.today();
  const [found] = await caseNegotiation(ctx, stored, today, creditor.id, as);
  if (!found) throw notFound();
  return { today, stored, found };
}

/** The same as one creditor's page reads it. */
export async function creditorNegotiationFile(ctx: ServiceContext, args: { user: User; creditorId: string }) {
  const { today, stored, found } = await creditorNegotiation(ctx, { ...args, need: 'debtor' });
  return {
    today,
    case: { id: stored.id, title: stored.title, debtorName: stored.debtor.name, officeActs: stored.officeActs, version: stored.version },
    ...negotiationJson(found),
  };
}
