// The stored negotiation boards as Kysely sees them (derived data: recomputed when stale).

/** A case's board as computed for `day`, `reader` and `profession`, at the case's `revision` and `version`. */
export interface NegotiationBoardTable {
  case_id: string;
  day: string;
  /** The reader's role on the case (owner, staff, debtor): the debtor's board leaves out the office's notes. */
  reader: string;
  /** The owner's profession from their letterhead, '' when not stated (it decides the 140万 check). */
  profession: string;
  revision: number;
  version: number;
  /** The board's shape: a board stored in another format is not read. */
  format: number;
  /** The board as its JSON text, sent as it is. */
  board: string;
}
