// JSON texts derived from a case (its overview, a contract's default recalculation), kept as computed
// by kind and slot with the stamp of what they were computed from: a read is one row looked up, and
// any write that changes the stamp (a case's revision, a history's version) leaves the row unread.
import { sql } from 'kysely';
import type { Db } from './db.js';

export interface DerivedKey {
  caseId: string;
  kind: 'overview' | 'recalc';
  slot: string;
  /** The text's inputs, whole (revision, version, options, format…): a text is read only under the same stamp. */
  stamp: string;
}

/** The text stored for exactly this key and stamp, or undefined (never computed, or its inputs changed since). */
export async function storedDerivedText(db: Db, key: DerivedKey): Promise<string | undefined> {
  const row = await db
    .selectFrom('derived_texts')
    .select('text')
    .where('case_id', '=', key.caseId)
    .where('kind', '=', key.kind)
    .where('slot', '=', key.slot)
    .where('stamp', '=', key.stamp)
    .executeTakeFirst();
  return row?.text;
}

/**
 * The stamps stored for a kind in a case, by slot (the refresh computes only what changed), marked as
 * still in use on `day` so that they are not forgotten with the days gone.
 */
export async function keptDerivedStamps(db: Db, caseId: string, kind: DerivedKey['kind'], day: string): Promise<Map<string, string>> {
  await db
    .updateTable('derived_texts')
    .set({ day })
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .where('day', '<', day)
    .execute();
  const rows = await db
    .selectFrom('derived_texts')
    .select(['slot', 'stamp'])
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .execute();
  return new Map(rows.map((row) => [row.slot, row.stamp]));
}

/**
 * Stores a text computed at `revision` over an older one only (two processes computing at once: the
 * later revision stays), and forgets the case's texts of the kind of days before the previous one.
 */
export async function saveDerivedText(db: Db, key: DerivedKey & { day: string; revision: number }, text: string): Promise<void> {
  const { day, revision, stamp } = key;
  await db
    .insertInto('derived_texts')
    .values({ case_id: key.caseId, kind: key.kind, slot: key.slot, day, revision, stamp, text })
    .onConflict((oc) =>
      oc.columns(['case_id', 'kind', 'slot']).doUpdateSet({ day, revision, stamp, text }).where('derived_texts.revision', '<=', revision),
    )
    .execute();
  await db
    .deleteFrom('derived_texts')
    .where('case_id', '=', key.caseId)
    .where('kind', '=', key.kind)
    .where('day', '<', sql<string>`${day}::date - 1`)
    .execute();
}

/** Forgets every text computed for a day before `day` (a case nobody reads any more). */
export async function purgeDerivedTextsBefore(db: Db, day: string): Promise<void> {
  await db.deleteFrom('derived_texts').where('day', '<', day).execute();
}
