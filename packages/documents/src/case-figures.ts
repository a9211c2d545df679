// The core's results for a case file, assembled the way the server assembles them for its pages:
// each contract's recalculation, the diagnosis (plan, budget, alternatives) and each creditor's
// negotiation view. Documents lay these out; they compute no figure of their own.
import {
  type CaseContent,
  type CreditorFigures,
  caseContentPositions,
  caseFileCreditorKey,
  contractRecalcOptions,
  creditorFigures,
  type DebtPosition,
  type Diagnosis,
  diagnose,
  diagnosisCreditors,
  engineTransactions,
  type NegotiationRecord,
  type NegotiationView,
  negotiationView,
  offerContextFor,
  type RecalcResult,
  recalculate,
} from '@wakai/core';
import type { CivilDate } from '@wakai/core/engine';
import type { DocumentInput, DocumentOptions, Profession } from './document-input.js';

export type CaseCreditor = CaseContent['creditors'][number];
export type CaseContract = CaseCreditor['contracts'][number];

/** The key a creditor has in the diagnosis (the case file has positions, not ids). */
export const creditorKey = caseFileCreditorKey;

/** One contract's recalculation under its own options, accrued to `asOf` (or its own as-of date, or `today`). */
export function contractRecalc(contract: CaseContract, today: CivilDate, asOf?: CivilDate): RecalcResult | null {
  if (contract.transactions.length === 0) return null;
  const last = contract.transactions[contract.transactions.length - 1]?.date ?? today;
  const wanted = asOf ?? contract.recalcOptions.asOf ?? today;
  // A history recorded past the document date accrues to its own last row.
  // The contract's own options and 約定利率, as its position reads them (the 計算書 and the claim agree).
  return recalculate(engineTransactions(contract.transactions), {
    ...contractRecalcOptions(contract),
    asOf: wanted < last ? last : wanted,
  });
}

export interface CaseFigures {
  /** Per creditor, in the case's order: the overview's figures (claimed, recalculated, debt…), read from the positions. */
  creditors: CreditorFigures[];
  /** Per creditor, in the case's order: its debt position on the document's date. */
  positions: DebtPosition[];
  diagnosis: Diagnosis;
}

/** The positions and the diagnosis of the case on `today`, with the plan settings the caller chose (the diagnosis page's). */
export function caseFigures(
  content: CaseContent,
  today: CivilDate,
  options: DocumentOptions = {},
  profession: Profession | null = null,
): CaseFigures {
  const { creditors, positions } = caseContentPositions(content, today, profession);
  const diagnosis = diagnose({
    today,
    debtor: content.debtor,
    budget: content.budget,
    assets: content.assets,
    creditors: diagnosisCreditors(positions, creditors),
    plan: options.plan ?? {},
    ...(options.monthlyAmount === undefined ? {} : { monthlyAmount: options.monthlyAmount }),
    safetyMargin: options.safetyMargin ?? 0,
  });
  return { creditors: positions.map(creditorFigures), positions, diagnosis };
}

const senderProfession = (input: Pick<DocumentInput, 'letterhead'>): Profession | null =>
  input.letterhead?.kind === 'office' ? input.letterhead.profession : null;

/** A document's figures: the positions on its date, with the sender's profession (the 140万 check). */
export function documentFigures(input: Pick<DocumentInput, 'case' | 'today' | 'options' | 'letterhead'>): CaseFigures {
  return caseFigures(input.case, input.today, input.options, senderProfession(input));
}

/** The positions alone (no diagnosis), for the documents that need no plan: the same computation. */
export function documentPositions(input: Pick<DocumentInput, 'case' | 'today' | 'letterhead'>): DebtPosition[] {
  return caseContentPositions(input.case, input.today, senderProfession(input)).positions;
}

/** The negotiation record of a creditor in the case file, with positions as ids (an offer's id is its index). */
export function negotiationRecord(creditor: CaseCreditor): NegotiationRecord {
  const n = creditor.negotiation;
  return {
    status: n.status,
    changes: n.changes.map((change) => ({ status: change.status, date: change.date, note: change.note, successor: change.successor })),
    contacts: n.contacts.map((contact, index) => ({ ...contact, id: String(index) })),
    offers: n.offers.map(({ offer }, index) => ({ ...offer, id: String(index) })),
    agreement: n.agreement,
    payments: n.payments.map((payment, index) => ({ ...payment, id: String(index) })),
  };
}

/** A creditor's negotiation as the negotiation page shows it (offers judged, agreement checked, payments watched). */
export function creditorNegotiationView(content: CaseContent, index: number, figures: CaseFigures, today: CivilDate): NegotiationView {
  const creditor = content.creditors[index];
  if (!creditor) throw new RangeError(`no creditor at ${index}`);
  const context = offerContextFor(figures.diagnosis, figures.positions[index] as DebtPosition, today);
  return negotiationView(negotiationRecord(creditor), context);
}
