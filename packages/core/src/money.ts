// Yen are whole numbers: Japan has no minor currency unit. Every rounding in the core goes
// through divideToYen, with its mode named by the caller.

/** An amount of money in whole yen (a safe integer). */
export type Yen = number;

/**
 * The largest single amount Wakai takes (1兆円): far above any debtor's figures, and low enough that
 * sums of many amounts stay exact integers (a total past 2^53 would silently lose yen).
 */
export const MAX_YEN = 1_000_000_000_000;

/** Guard at the boundaries: refuses anything that is not a safe integer. */
export function toYen(value: number): Yen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole yen amount: ${value}`);
  return value;
}

/** A sum that would pass 2^53 and silently lose yen: refused, never rounded. */
export class YenOverflowError extends RangeError {
  readonly ja = '金額の合計が大きすぎて正確に計算できません(金額は1件1兆円までです)';
  constructor() {
    super('a total of yen is beyond Number.MAX_SAFE_INTEGER');
    this.name = 'YenOverflowError';
  }
}

/** The exact total of amounts in yen; throws YenOverflowError rather than give a rounded one. */
export function sumYen(amounts: Iterable<Yen>): Yen {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    if (!Number.isSafeInteger(total)) throw new YenOverflowError();
  }
  return total;
}

/** 切り捨て / 四捨五入 / 切り上げ. */
export type RoundingMode = 'down' | 'half-up' | 'up';

export const roundingModes: readonly RoundingMode[] = ['down', 'half-up', 'up'];

/**
 * The quotient numerator ÷ denominator as whole yen, rounded by `mode`.
 * Both are non-negative; numbers must be safe integers, bigints take any size.
 */
export function divideToYen(numerator: number | bigint, denominator: number | bigint, mode: RoundingMode): Yen {
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    // For safe integers a/b rounds correctly, so its floor is exact; the remainder confirms it.
    const quotient = Math.floor(numerator / denominator);
    return adjust(quotient, numerator - quotient * denominator, denominator, mode);
  }
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const quotient = n / d;
  return adjust(Number(quotient), Number(n - quotient * d), Number(d), mode);
}

function adjust(quotient: number, remainder: number, denominator: number, mode: RoundingMode): Yen {
  if (remainder === 0 || mode === 'down') return quotient;
  if (mode === 'up') return quotient + 1;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

export type ParsedYen =
  | { ok: true; value: Yen }
  | { ok: false; code: 'amount.invalid' | 'amount.negative' | 'amount.fraction' | 'amount.tooLarge' };

/**
 * Reads an amount as people write it: `1,234`, `¥1,234`, `1,234円`, `１２，３４５`, spaces.
 * An empty text is 0 (an empty cell). Never throws.
 */
export function parseYen(text: string): ParsedYen {
  if (/^\d{1,12}$/.test(text)) return { ok: true, value: Number(text) };
  const normalized = text.normalize('NFKC').replace(/[\s,¥\\円]/g, '');
  if (normalized === '' || normalized === '-') return { ok: true, value: 0 };
  if (/^-\d/.test(normalized) || normalized.startsWith('△') || normalized.startsWith('▲')) {
    return { ok: false, code: 'amount.negative' };
  }
  if (/^\d+\.\d*[1-9]\d*$/.test(normalized)) return { ok: false, code: 'amount.fraction' };
  const whole = /^(\d+)(?:\.0*)?$/.exec(normalized);
  if (!whole?.[1]) return { ok: false, code: 'amount.invalid' };
  const value = Number(whole[1]);
  if (!Number.isSafeInteger(value) || value > MAX_YEN) return { ok: false, code: 'amount.tooLarge' };
  return { ok: true, value };
}

/** `1234567` → `1,234,567` (by hand: Intl.NumberFormat is too slow for 200,000-row ledgers). */
export function formatYen(amount: Yen): string {
  const digits = String(Math.abs(amount));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return amount < 0 ? `-${grouped}` : grouped;
}

/** `1234567` → `1,234,567円` */
export function formatYenWithUnit(amount: Yen): string {
  return `${formatYen(amount)}円`;
}
