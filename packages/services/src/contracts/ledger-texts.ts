// The ledgers' JSON kept per contract, history version and options: a history changes its version,
// so a ledger read again (by any process: each keeps its own) is sent without recalculating it.
import type { ServiceContext } from '../context.js';

/** About 32 MB of text (two bytes a character at most), the oldest dropped first. */
const MAX_CHARS = 16_000_000;

export interface LedgerTexts {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
}

const byContext = new WeakMap<ServiceContext, LedgerTexts>();

/** The context's ledger texts (one per database, as the history figures are). */
export function ledgerTexts(ctx: ServiceContext): LedgerTexts {
  let texts = byContext.get(ctx);
  if (!texts) {
    texts = boundedTexts(MAX_CHARS);
    byContext.set(ctx, texts);
  }
  return texts;
}

export function boundedTexts(maxChars: number): LedgerTexts {
  const entries = new Map<string, string>();
  let chars = 0;
  return {
    get(key) {
      const text = entries.get(key);
      if (text === undefined) return undefined;
      // Read again: the last to be dropped.
      entries.delete(key);
      entries.set(key, text);
      return text;
    },
    set(key, text) {
      if (text.length > maxChars) return;
      const old = entries.get(key);
      if (old !== undefined) chars -= old.length;
      entries.delete(key);
      entries.set(key, text);
      chars += text.length;
      for (const [oldest, dropped] of entries) {
        if (chars <= maxChars) break;
        entries.delete(oldest);
        chars -= dropped.length;
      }
    },
  };
}
