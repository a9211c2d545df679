// The case overview: per creditor, what is claimed against what the recalculation says is owed (or
// overpaid), and the monthly payments against the budget.
import { caseOverview } from '@wakai/core';
import type { User } from '@wakai/db';
import { caseOf } from '../access.js';
import type { ServiceContext } from '../context.js';
import { casePositions } from './case-figures.js';

export async function getCaseOverview(ctx: ServiceContext, { user, caseId }: { user: User; caseId: string }) {
  const stored = await caseOf(ctx.db, user, caseId, 'debtor');
  const { on, creditors, positions } = await casePositions(ctx, stored);
  const overview = caseOverview(positions, stored.budget);
  return {
    ...overview,
    on,
    creditors: overview.creditors.map((figures, index) => ({
      id: creditors[index]?.id as string,
      kind: creditors[index]?.kind as string,
      ...figures,
      position: positions[index] as (typeof positions)[number],
    })),
  };
}
