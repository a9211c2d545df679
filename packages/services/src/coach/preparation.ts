// One creditor's preparation sheet, computed with the whole case (its share of the budget needs
// every debt) and the office's own notes on creditors.
import { meetingChecklist, preparationSheet, sheetFactsOf, writtenOffer } from '@wakai/core';
import { getCreditorNotes, type User } from '@wakai/db';
import type { ServiceContext } from '../context.js';
import { creditorNegotiation } from '../negotiation/case-negotiation.js';

export async function creditorPreparation(ctx: ServiceContext, { user, creditorId }: { user: User; creditorId: string }) {
  const { today, stored, found } = await creditorNegotiation(ctx, { user, creditorId });
  const { creditor, position, context, planStartMonth } = found;
  const notes = (await getCreditorNotes(ctx.db, stored.ownerId))?.notes ?? [];
  const sheet = preparationSheet({
    today,
    debtorName: stored.debtor.name,
    creditor: {
      name: creditor.name,
      kind: creditor.kind,
      contractNumbers: creditor.contracts.flatMap((k) => (k.contractNumber ? [k.contractNumber] : [])),
    },
    position,
    sustainable: context.sustainable,
    share: context.share,
    startMonth: planStartMonth,
    facts: sheetFactsOf(stored.debtor, stored.budget),
    notes,
  });
  return {
    today,
    case: { id: stored.id, title: stored.title, debtorName: stored.debtor.name },
    creditor: { id: creditor.id, name: creditor.name, kind: creditor.kind },
    sheet,
    written: writtenOffer(sheet, {
      debtorName: stored.debtor.name,
      contractNumbers: sheet.script.say.length > 0 ? contractNumbersOf(creditor) : [],
    }),
    meeting: meetingChecklist(sheet),
  };
}

const contractNumbersOf = (creditor: { contracts: readonly { contractNumber?: string }[] }) =>
  creditor.contracts.flatMap((k) => (k.contractNumber ? [k.contractNumber] : []));
