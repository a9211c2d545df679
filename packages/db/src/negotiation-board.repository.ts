// Each case's negotiation board as computed (its JSON text), kept per day, reader's role and the
// office's profession against the case's revision and version: a board read is one row looked up,
// and any write to the case (which bumps the revision) leaves the row unread until it is computed again.
import { sql } from 'kysely';
import type { Db } from './db.js';

/** What a stored board is for: it is current only while the case is still at `revision` and `version`. */
export interface BoardKey {
  caseId: string;
  revision: number;
  version: number;
  day: string;
  reader: string;
  profession: string | null;
  format: number;
}

const slot = (key: BoardKey) => ({ case_id: key.caseId, day: key.day, reader: key.reader, profession: key.profession ?? '' });

/** The board's JSON text stored for exactly this key, or undefined (never computed, or the case changed since). */
export async function storedBoard(db: Db, key: BoardKey): Promise<string | undefined> {
  const { case_id, day, reader, profession } = slot(key);
  const row = await db
    .selectFrom('negotiation_boards')
    .select('board')
    .where('case_id', '=', case_id)
    .where('day', '=', day)
    .where('reader', '=', reader)
    .where('profession', '=', profession)
    .where('revision', '=', key.revision)
    .where('version', '=', key.version)
    .where('format', '=', key.format)
    .executeTakeFirst();
  return row?.board;
}

/**
 * Stores a board computed at `key.revision`, over an older one only (two processes computing at once:
 * the later revision stays), and forgets the case's boards of days before the previous one (the
 * scheduled refresh computes tomorrow's ahead while today's is still read; it stores every case's
 * board for the coming day, so no case keeps boards of days gone).
 */
export async function saveBoard(db: Db, key: BoardKey, board: string): Promise<void> {
  const { revision, version, format } = key;
  await db
    .insertInto('negotiation_boards')
    .values({ ...slot(key), revision, version, format, board })
    .onConflict((oc) =>
      oc
        .columns(['case_id', 'day', 'reader', 'profession'])
        .doUpdateSet({ revision, version, format, board })
        .where('negotiation_boards.revision', '<=', revision),
    )
    .execute();
  await db
    .deleteFrom('negotiation_boards')
    .where('case_id', '=', key.caseId)
    .where('day', '<', sql<string>`${key.day}::date - 1`)
    .execute();
}
