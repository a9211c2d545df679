// Each owner's notes on creditors (per kind or per name), saved at the version they were read at.
import { type CreditorNotes, creditorNotesSchema } from '@wakai/core';
import type { Db } from './db.js';

export async function getCreditorNotes(db: Db, ownerId: string): Promise<{ notes: CreditorNotes['notes']; version: number } | undefined> {
  const row = await db.selectFrom('creditor_notes').select(['notes', 'version']).where('owner_id', '=', ownerId).executeTakeFirst();
  return row && { notes: creditorNotesSchema.parse({ notes: row.notes }).notes, version: row.version };
}

/** Created when `version` is null, else updated only at that version; its new version (undefined: someone saved since). */
export async function saveCreditorNotes(
  db: Db,
  ownerId: string,
  notes: CreditorNotes['notes'],
  version: number | null,
): Promise<number | undefined> {
  const json = JSON.stringify(notes);
  const row =
    version === null
      ? await db
          .insertInto('creditor_notes')
          .values({ owner_id: ownerId, notes: json })
          .onConflict((oc) => oc.column('owner_id').doNothing())
          .returning('version')
          .executeTakeFirst()
      : await db
          .updateTable('creditor_notes')
          .set((eb) => ({ notes: json, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('owner_id', '=', ownerId)
          .where('version', '=', version)
          .returning('version')
          .executeTakeFirst();
  return row?.version;
}
