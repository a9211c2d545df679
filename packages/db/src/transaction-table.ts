// A contract's history rows as Kysely sees them. Several generations may be stored at once (migration
// 2026-12-06T0500-history-generations): the one named by contracts.history_generation is the
// history; another is being staged by a save on PGlite, or was replaced and is being deleted.

export interface TransactionTable {
  contract_id: string;
  generation: number;
  position: number;
  date: string;
  borrow: number;
  repay: number;
  rate: string | null;
  note: string;
  estimated: boolean;
}
