// The board's whole picture: every creditor's current offer (or plan share) month by month against
// the budget, and which creditors come first and why. Whether a debt may be time-barred is read from
// its debt position, as the diagnosis reads it.
import { type CivilDate, combinedOffers, creditorPriorities, currentOffer } from '@wakai/core';
import type { CreditorNegotiation } from './creditor-negotiation-model.js';

export function offersTogether(creditors: readonly CreditorNegotiation[], today: CivilDate) {
  const budget = creditors[0]?.context.sustainable ?? 0;
  const planStart = creditors[0]?.planStartMonth ?? today.slice(0, 7);
  const combined = combinedOffers(
    creditors.map(({ creditor, stored, planShare, position }) => ({
      key: creditor.id,
      name: creditor.name,
      offer: currentOffer(stored.offers),
      planShare,
      position,
    })),
    budget,
    today.slice(0, 7),
    planStart,
  );
  const priorities = creditorPriorities(
    creditors.map(({ creditor, context }) => ({
      key: creditor.id,
      name: creditor.name,
      status: creditor.status,
      debt: context.debt,
      contracts: creditor.contracts.map((k) => ({
        guarantorPerson: k.guarantorPerson,
        collateral: k.collateral,
        purpose: k.purpose,
        contractRate: k.contractRate,
      })),
    })),
  );
  return { combined, priorities };
}
