// The dated steps of a creditor's negotiation; a move changes the creditor's step and records the
// change together, only at the version the move was made against.
import type { NegotiationStatus } from '@wakai/core';
import { getCreditor, type StoredCreditor } from './creditor.repository.js';
import { type Db, inBatches } from './db.js';

export interface StoredStatusChange {
  id: string;
  status: NegotiationStatus;
  date: string;
  note: string;
  successor: string;
}

export type StatusChangeInput = Omit<StoredStatusChange, 'id'> & {
  /** An undo names the step it takes back. */
  undoes?: string | null;
};

/** A step that was taken back, still shown in the history, and when. */
export interface UndoneStatusChange extends StoredStatusChange {
  undoneOn: string;
  undoNote: string;
}

/**
 * Moves the creditor to a new step and records the dated change; undefined when someone changed the
 * creditor since `version` (nothing written then). Callers run it in a transaction.
 */
export async function changeStatus(
  db: Db,
  creditorId: string,
  version: number,
  change: StatusChangeInput,
): Promise<StoredCreditor | undefined> {
  const updated = await db
    .updateTable('creditors')
    .set((eb) => ({ negotiation_status: change.status, version: eb('version', '+', 1) }))
    .where('id', '=', creditorId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return undefined;
  await db
    .insertInto('status_changes')
    .values({ creditor_id: creditorId, ...change })
    .execute();
  return getCreditor(db, creditorId);
}

/** A creditor's step and its past changes as a case file carries them (no version check: a new creditor). */
export async function insertStatusHistory(
  db: Db,
  creditorId: string,
  status: NegotiationStatus,
  changes: readonly StatusChangeInput[],
): Promise<void> {
  await db.updateTable('creditors').set({ negotiation_status: status }).where('id', '=', creditorId).execute();
  for (const batch of inBatches(changes))
    await db
      .insertInto('status_changes')
      .values(batch.map((change) => ({ creditor_id: creditorId, ...change })))
      .execute();
}

export function toStatusChange(row: { id: string; status: string; date: string; note: string; successor: string }): StoredStatusChange {
  return { id: row.id, status: row.status as NegotiationStatus, date: row.date, note: row.note, successor: row.successor };
}

type StatusChangeRow = Parameters<typeof toStatusChange>[0] & { undoes: string | null };

/**
 * A creditor's changes, in order, split into the steps that stand (what every reader of the
 * negotiation goes by) and those taken back, each with the date of its undo.
 */
export function standingAndUndone(rows: readonly StatusChangeRow[]): { changes: StoredStatusChange[]; undone: UndoneStatusChange[] } {
  const undos = new Map(rows.filter((row) => row.undoes !== null).map((row) => [row.undoes as string, row]));
  const changes = rows.filter((row) => row.undoes === null && !undos.has(row.id)).map(toStatusChange);
  const undone = rows.flatMap((row) => {
    const undo = undos.get(row.id);
    return undo ? [{ ...toStatusChange(row), undoneOn: undo.date, undoNote: undo.note }] : [];
  });
  return { changes, undone };
}
