// What each convention changes: the same history recalculated with one option switched at a time,
// so a user sees which choices move the figures, and by how much.
import { optionChoices, type RecalcOptions } from './options.js';
import { type RecalcSummary, recalculate, type Transaction } from './recalc.js';

export interface RecalcVariant {
  option: keyof typeof optionChoices;
  value: string;
  summary: RecalcSummary;
}

/** Every other value of every convention option, each alone. Errors of a variant leave it out. */
export function recalcVariants(history: readonly Transaction[], options: Partial<RecalcOptions>): RecalcVariant[] {
  const variants: RecalcVariant[] = [];
  const base = recalculate(history, options).options;
  for (const [option, values] of Object.entries(optionChoices) as [keyof typeof optionChoices, readonly string[]][]) {
    for (const value of values) {
      if (base[option] === value) continue;
      try {
        variants.push({ option, value, summary: recalculate(history, { ...options, [option]: value }).summary });
      } catch {
        // e.g. a contract-rate replay without a rate: that variant has no figures to show
      }
    }
  }
  return variants;
}
