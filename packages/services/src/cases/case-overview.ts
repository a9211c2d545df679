// The case overview: per creditor, what is claimed against what the recalculation says is owed (or
// overpaid), and the monthly payments against the budget. Kept in the database as its JSON text per
// case and day (derived-text.repository.ts), stamped with the case's revision and version and the
// office's profession: a read checks access on the case's head alone, then looks the overview up;
// only a miss reads the whole case. Every write to a case bumps its revision, so no process reads an
// overview computed before a write. The reader's role is not in the key: the overview shows the debtor
// nothing the office keeps to itself (no contacts, notes or next actions), the same figures to both.
import { type CivilDate, caseOverview } from '@wakai/core';
import { getCase, getLetterhead, type StoredCase, saveDerivedText, storedDerivedText, type User } from '@wakai/db';
import { caseHeadAccess } from '../access.js';
import { notFound } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import type { JsonText } from '../negotiation/negotiation-board.js';
import { revisionMemo } from '../revision-memo.js';
import { casePositions } from './case-figures.js';

export type CaseOverviewJson = Awaited<ReturnType<typeof overviewOf>>;

/** Bumped when the overview's shape or what goes into it changes: overviews stored in another format are computed again. */
const OVERVIEW_FORMAT = 1;

const stampOf = (revision: number, version: number, profession: string | null) =>
  JSON.stringify([OVERVIEW_FORMAT, revision, version, profession]);

/** Overviews just read, per process: readers at once share one computation, and one read again costs no row. */
const recent = revisionMemo<JsonText<CaseOverviewJson>>(500);

/** The overview as its JSON text, looked up after the case's head (one query); computed and stored on a miss. */
export async function getCaseOverview(
  ctx: ServiceContext,
  { user, caseId }: { user: User; caseId: string },
): Promise<JsonText<CaseOverviewJson>> {
  const { head } = await caseHeadAccess(ctx.db, user, caseId, 'debtor');
  const day = ctx.today();
  const stamp = stampOf(head.revision, head.version, head.profession);
  return recent(ctx, `${head.id}:${day}:${stamp}`, async () => {
    const found = await storedDerivedText(ctx.db, { caseId: head.id, kind: 'overview', slot: day, stamp });
    if (found !== undefined) return found as JsonText<CaseOverviewJson>;
    const stored = await getCase(ctx.db, head.id);
    if (!stored) throw notFound();
    return keptOverview(ctx, stored, day);
  });
}

/**
 * The overview on `day`, computed and stored against the revision the case was read at (what is read
 * after it is at least as new): the scheduled refresh calls this for today and tomorrow.
 */
export async function keptOverview(ctx: ServiceContext, stored: StoredCase, day: CivilDate): Promise<JsonText<CaseOverviewJson>> {
  const text = JSON.stringify(await overviewOf(ctx, stored, day)) as JsonText<CaseOverviewJson>;
  const profession = (await getLetterhead(ctx.db, stored.ownerId))?.letterhead.profession ?? null;
  const { id: caseId, revision, version } = stored;
  const stamp = stampOf(revision, version, profession);
  await saveDerivedText(ctx.db, { caseId, kind: 'overview', slot: day, day, revision, stamp }, text);
  return text;
}

/** The overview computed from the case as it stands (nothing stored is read). */
export async function overviewOf(ctx: ServiceContext, stored: StoredCase, day: CivilDate = ctx.today()) {
  const { on, creditors, positions } = await casePositions(ctx, stored, day);
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
