// The stored derived texts as Kysely sees them (derived data: recomputed when stale).

/** A JSON text derived from a case (`kind`: 'overview', 'recalc'), one per `slot` of the kind. */
export interface DerivedTextTable {
  case_id: string;
  kind: string;
  /** Which one of the kind: the day of an overview, the contract of a recalculation. */
  slot: string;
  /** The day it was computed for (or on): texts of days gone are forgotten. */
  day: string;
  /** What only grows while the text's inputs change (the case's revision, the history's version): an older one never replaces a newer. */
  revision: number;
  /** Everything the text was computed from: read only while the caller's stamp is the same. */
  stamp: string;
  text: string;
}
