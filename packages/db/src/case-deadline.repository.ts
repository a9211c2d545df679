// Each case's deadlines, stored against the case's revision and the day they were computed on: the
// deadlines across an office's cases are one query, and only a changed case (or a new day) is
// computed again.
import { caseVisibleTo } from './case.repository.js';
import type { Db } from './db.js';

export interface StoredCaseDeadlines {
  caseId: string;
  /** The case's revision now. */
  revision: number;
  /** What is stored, if it was computed at this revision, on `today`, in this format; else undefined. */
  deadlines: object[] | undefined;
}

/** Every case the user sees (latest change first) with its stored deadlines where they are current, in one query. */
export async function listCaseDeadlines(db: Db, ownerId: string, today: string, format: number): Promise<StoredCaseDeadlines[]> {
  const rows = await db
    .selectFrom('cases')
    .leftJoin('case_deadlines', (join) =>
      join
        .onRef('case_deadlines.case_id', '=', 'cases.id')
        .onRef('case_deadlines.revision', '=', 'cases.revision')
        .on('case_deadlines.computed_on', '=', today)
        .on('case_deadlines.format', '=', format),
    )
    .select(['cases.id', 'cases.revision', 'case_deadlines.deadlines'])
    .where(caseVisibleTo(ownerId))
    .orderBy('cases.updated_at', 'desc')
    .orderBy('cases.id')
    .execute();
  return rows.map((row) => ({ caseId: row.id, revision: row.revision, deadlines: row.deadlines ?? undefined }));
}

/** Stores a case's deadlines as computed at `revision` on `today` (replacing what was stored). */
export async function saveCaseDeadlines(
  db: Db,
  entry: { caseId: string; revision: number; today: string; format: number; deadlines: readonly object[] },
): Promise<void> {
  const values = {
    revision: entry.revision,
    computed_on: entry.today,
    format: entry.format,
    deadlines: JSON.stringify(entry.deadlines),
  };
  try {
    await db
      .insertInto('case_deadlines')
      .values({ case_id: entry.caseId, ...values })
      .onConflict((oc) => oc.column('case_id').doUpdateSet(values))
      .execute();
  } catch (error) {
    // The case was deleted meanwhile: nothing to store against (23503: foreign key violation).
    if ((error as { code?: string }).code !== '23503') throw error;
  }
}
