// A case's negotiation, every creditor's view computed from what is stored: the diagnosis gives
// each creditor's share of the budget and the alternatives; the core judges offers, checks the
// agreement, watches the payments and lists the deadlines. Used by the API and the CLI alike.
import {
  type Deadline,
  defaultStepNorms,
  diagnose,
  diagnosisCreditors,
  type HistoryFigures,
  type NegotiationRecord,
  type NegotiationView,
  negotiationDeadlines,
  negotiationView,
  type OfferContext,
  offerContextFor,
} from '@wakai/core';
import {
  type Db,
  getCase,
  listCases,
  listCreditorsWithContracts,
  listNegotiations,
  type StoredCase,
  type StoredContract,
  type StoredCreditor,
  type StoredNegotiation,
} from '@wakai/db';

export type FiguresFor = (db: Db, contracts: readonly StoredContract[], accruedTo?: string) => Promise<Map<string, HistoryFigures>>;

export interface CreditorNegotiation {
  creditor: StoredCreditor & { contracts: StoredContract[] };
  stored: StoredNegotiation;
  context: OfferContext;
  view: NegotiationView;
  deadlines: Deadline[];
}

/**
 * Every creditor's negotiation, or only `onlyCreditorId`'s: the diagnosis needs every creditor's debt
 * (for the shares), but one creditor's page needs only its own records read and judged.
 */
export async function caseNegotiation(
  db: Db,
  stored: StoredCase,
  today: string,
  figuresFor: FiguresFor,
  onlyCreditorId?: string,
): Promise<CreditorNegotiation[]> {
  const creditors = await listCreditorsWithContracts(db, stored.id);
  const figures = await figuresFor(
    db,
    creditors.flatMap((c) => c.contracts),
    today,
  );
  const withFigures = creditors.map((cr) => ({
    ...cr,
    contracts: cr.contracts.map((k) => ({ ...k, history: figures.get(k.id) as HistoryFigures })),
  }));
  const diagnosisInput = diagnosisCreditors(withFigures);
  // Shares are of the whole available amount (no safety margin), on the standard plan settings.
  const diagnosis = diagnose({
    today,
    debtor: stored.debtor,
    budget: stored.budget,
    assets: stored.assets,
    creditors: diagnosisInput,
    plan: {},
    safetyMargin: 0,
  });
  const wanted = creditors.filter((c) => onlyCreditorId === undefined || c.id === onlyCreditorId);
  const negotiations = await listNegotiations(
    db,
    wanted.map((c) => c.id),
  );
  const norms = { ...defaultStepNorms, ...stored.stepNorms };
  return wanted.map((creditor) => {
    const index = creditors.indexOf(creditor);
    const negotiation = negotiations.get(creditor.id) as StoredNegotiation;
    const record: NegotiationRecord = { status: creditor.status, ...negotiation };
    const context = offerContextFor(diagnosis, { key: creditor.id, kind: creditor.kind }, today);
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
        overpaymentLimitation: diagnosisInput[index]?.overpaymentLimitation ?? null,
      },
      today,
    );
    return { creditor, stored: negotiation, context, view, deadlines };
  });
}

/** Every deadline of the user's cases, in date order. */
export async function deadlinesOfOwner(db: Db, ownerId: string, today: string, figuresFor: FiguresFor): Promise<Deadline[]> {
  const deadlines: Deadline[] = [];
  for (const item of await listCases(db, ownerId)) {
    const stored = await getCase(db, item.id);
    if (!stored) continue;
    for (const creditor of await caseNegotiation(db, stored, today, figuresFor)) deadlines.push(...creditor.deadlines);
  }
  return deadlines.sort((a, b) => a.date.localeCompare(b.date));
}
