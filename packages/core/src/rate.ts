// Rates are exact: an integer number of millionths (ppm), so 18% = 180,000 and 26.28% = 262,800.
// Percent texts with up to 4 decimals convert without any binary fraction.

/** An annual rate in millionths of one (18% = 180_000). */
export type Rate = number;

export const PPM = 1_000_000;

export type ParsedRate = { ok: true; value: Rate } | { ok: false; code: 'rate.invalid' | 'rate.tooPrecise' };

/** Reads a percentage: `18`, `29.2`, `29.2%`, `２９．２％`. Never throws. */
export function parseRatePercent(text: string): ParsedRate {
  const normalized = text.normalize('NFKC').replace(/[\s%]/g, '');
  const match = /^(\d{1,3})(?:\.(\d+))?$/.exec(normalized);
  if (!match?.[1]) return { ok: false, code: 'rate.invalid' };
  const decimals = (match[2] ?? '').replace(/0+$/, '');
  if (decimals.length > 4) return { ok: false, code: 'rate.tooPrecise' };
  return { ok: true, value: Number(match[1]) * 10_000 + Number(decimals.padEnd(4, '0')) };
}

/** Like parseRatePercent, for code and tests that hold a literal: throws on a bad text. */
export function percent(text: string): Rate {
  const parsed = parseRatePercent(text);
  if (!parsed.ok) throw new RangeError(`not a rate: ${text}`);
  return parsed.value;
}

/** `292000` → `29.2` (no trailing zeros, no binary fraction). */
export function formatRatePercent(rate: Rate): string {
  const whole = Math.floor(rate / 10_000);
  const fraction = String(rate % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}
