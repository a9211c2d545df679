// The overview's figures per contract history, cached against the history's version and the
// contract's options: a case of 30 creditors × 500 rows reads no history at all once computed.
import { contractRecalcOptions, type HistoryFigures, historyFigures } from '@wakai/core';
import { type Db, listTransactions, type StoredContract } from '@wakai/db';

const MAX_ENTRIES = 20_000;

/** Figures for every contract (with 経過利息 up to `accruedTo`, if given). */
export type FiguresFor = (db: Db, contracts: readonly StoredContract[], accruedTo?: string) => Promise<Map<string, HistoryFigures>>;

export function historyFiguresCache(): FiguresFor {
  const entries = new Map<string, { key: string; figures: HistoryFigures }>();
  const keyOf = (contract: StoredContract) => `${contract.historyVersion}:${JSON.stringify(contractRecalcOptions(contract))}`;

  /**
   * Figures for every contract (with 経過利息 up to `accruedTo`, if given); histories are read only
   * for those not cached at their version.
   */
  return async function figuresFor(db: Db, contracts: readonly StoredContract[], accruedTo?: string): Promise<Map<string, HistoryFigures>> {
    const result = new Map<string, HistoryFigures>();
    const slot = (contract: StoredContract) => `${contract.id}:${accruedTo ?? ''}`;
    const missing = contracts.filter((contract) => {
      const cached = entries.get(slot(contract));
      if (cached?.key === keyOf(contract)) result.set(contract.id, cached.figures);
      return cached?.key !== keyOf(contract);
    });
    if (missing.length > 0) {
      const histories = await listTransactions(
        db,
        missing.map((contract) => contract.id),
      );
      for (const contract of missing) {
        const figures = historyFigures(histories.get(contract.id) ?? [], contractRecalcOptions(contract), accruedTo);
        result.set(contract.id, figures);
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        entries.set(slot(contract), { key: keyOf(contract), figures });
      }
    }
    return result;
  };
}
