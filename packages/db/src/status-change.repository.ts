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
  /** The step the undo went back to (the undo's own status). */
  undoneTo: NegotiationStatus;
}

/** An undone step as a case file carries it: the step, then its undo (no ids). */
export type UndoneStatusInput = Omit<UndoneStatusChange, 'id'>;

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

/**
 * A creditor's step and its past changes as a case file carries them (no version check: a new
 * creditor); each undone step is written with its undo pointing at it, as an undo on the page writes them.
 */
export async function insertStatusHistory(
  db: Db,
  creditorId: string,
  status: NegotiationStatus,
  changes: readonly StatusChangeInput[],
  undone: readonly UndoneStatusInput[] = [],
): Promise<void> {
  await db.updateTable('creditors').set({ negotiation_status: status }).where('id', '=', creditorId).execute();
  const rows = [
    ...changes.map((change) => ({ creditor_id: creditorId, ...change })),
    ...undone.flatMap(({ undoneOn, undoNote, undoneTo, ...step }) => {
      // The step's id is made here so that its undo can name it without reading it back.
      const id = globalThis.crypto.randomUUID();
      return [
        { id, creditor_id: creditorId, ...step },
        { creditor_id: creditorId, status: undoneTo, date: undoneOn, note: undoNote, successor: '', undoes: id },
      ];
    }),
  ];
  // Written in the file's order: rows of one date are read back by their seq, in that order.
  for (const batch of inBatches(rows)) await db.insertInto('status_changes').values(batch).execute();
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
    return undo ? [{ ...toStatusChange(row), undoneOn: undo.date, undoNote: undo.note, undoneTo: undo.status as NegotiationStatus }] : [];
  });
  return { changes, undone };
}
