// One creditor's preparation sheet, computed with the whole case (its share of the budget needs
// every debt) and the office's own notes on creditors.
import { addYears, creditorFigures, preparationSheet } from '@wakai/core';
import { getCreditorNotes, type User } from '@wakai/db';
import type { ServiceContext } from '../context.js';
import { creditorNegotiation } from '../negotiation/case-negotiation.js';

export async function creditorPreparation(ctx: ServiceContext, { user, creditorId }: { user: User; creditorId: string }) {
  const { today, stored, found } = await creditorNegotiation(ctx, { user, creditorId });
  const { creditor, position, context, planStartMonth } = found;
  const figures = creditorFigures(position);
  const notes = (await getCreditorNotes(ctx.db, stored.ownerId))?.notes ?? [];
  const fiveYearsAgo = addYears(today, -5);
  const sheet = preparationSheet({
    today,
    debtorName: stored.debtor.name,
    creditor: {
      name: creditor.name,
      kind: creditor.kind,
      contractNumbers: creditor.contracts.flatMap((k) => (k.contractNumber ? [k.contractNumber] : [])),
    },
    claimed: figures.claimed,
    debt: context.debt,
    transactions: figures.transactions,
    overpaymentClaim: figures.overpaymentClaim,
    accruedInterest: figures.accruedInterest,
    sustainable: context.sustainable,
    share: context.share,
    startMonth: planStartMonth,
    limitationToCheck:
      creditor.kind === 'servicer' || creditor.contracts.some((k) => k.lastPaymentDate !== null && k.lastPaymentDate <= fiveYearsAgo),
    notes,
  });
  return {
    today,
    case: { id: stored.id, title: stored.title, debtorName: stored.debtor.name },
    creditor: { id: creditor.id, name: creditor.name, kind: creditor.kind },
    sheet,
  };
}
