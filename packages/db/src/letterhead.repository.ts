// Each owner's letterhead (an office's name, profession, registration number, address, TEL/FAX),
// used by every letter it sends; saved at the version it was read at.
import { type LetterheadInput, letterheadSchema } from '@wakai/core';
import type { Db } from './db.js';

export async function getLetterhead(db: Db, ownerId: string): Promise<{ letterhead: LetterheadInput; version: number } | undefined> {
  const row = await db.selectFrom('letterheads').select(['letterhead', 'version']).where('owner_id', '=', ownerId).executeTakeFirst();
  return row && { letterhead: letterheadSchema.parse(row.letterhead), version: row.version };
}

/** Created when `version` is null, else updated only at that version; its new version (undefined: someone saved since). */
export async function saveLetterhead(
  db: Db,
  ownerId: string,
  letterhead: LetterheadInput,
  version: number | null,
): Promise<number | undefined> {
  const json = JSON.stringify(letterhead);
  const row =
    version === null
      ? await db
          .insertInto('letterheads')
          .values({ owner_id: ownerId, letterhead: json })
          .onConflict((oc) => oc.column('owner_id').doNothing())
          .returning('version')
          .executeTakeFirst()
      : await db
          .updateTable('letterheads')
          .set((eb) => ({ letterhead: json, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('owner_id', '=', ownerId)
          .where('version', '=', version)
          .returning('version')
          .executeTakeFirst();
  return row?.version;
}
