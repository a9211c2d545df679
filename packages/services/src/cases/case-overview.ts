// The case overview: per creditor, what is claimed against what the recalculation says is owed (or
// overpaid), and the monthly payments against the budget.
import { caseOverview } from '@wakai/core';
import type { User } from '@wakai/db';
import { caseHeadAccess, caseOf } from '../access.js';
import type { ServiceContext } from '../context.js';
import { casePositions } from './case-figures.js';

type CaseOverview = Awaited<ReturnType<typeof overviewOf>>;

/** Overviews per context (one database) by case revision, version, day and profession, as the positions are kept. */
const kept = new WeakMap<ServiceContext, Map<string, Promise<CaseOverview>>>();
const MAX_CASES = 500;

/**
 * The overview, computed once per case revision and day: a read again costs the case's head (one
 * query: access, revision, profession), not the case, its creditors and their figures.
 */
export async function getCaseOverview(ctx: ServiceContext, { user, caseId }: { user: User; caseId: string }): Promise<CaseOverview> {
  const { head } = await caseHeadAccess(ctx.db, user, caseId, 'debtor');
  const cache = kept.get(ctx) ?? new Map<string, Promise<CaseOverview>>();
  kept.set(ctx, cache);
  const key = `${head.id}:${head.revision}:${head.version}:${ctx.today()}:${head.profession}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const made = overviewOf(ctx, user, caseId);
  if (cache.size >= MAX_CASES) cache.delete(cache.keys().next().value as string);
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  return made;
}

async function overviewOf(ctx: ServiceContext, user: User, caseId: string) {
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
