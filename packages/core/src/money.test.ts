import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideToYen, formatYen, formatYenWithUnit, parseYen, toYen } from './money.js';

describe('divideToYen', () => {
  it('rounds by the named mode', () => {
    expect(divideToYen(10, 4, 'down')).toBe(2);
    expect(divideToYen(10, 4, 'half-up')).toBe(3);
    expect(divideToYen(9, 4, 'half-up')).toBe(2);
    expect(divideToYen(9, 4, 'up')).toBe(3);
    expect(divideToYen(8, 4, 'up')).toBe(2);
  });

  it('gives the same yen for numbers and bigints', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 50 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.constantFrom('down', 'half-up', 'up'),
        (n, d, mode) => {
          expect(divideToYen(n, d, mode as 'down')).toBe(divideToYen(BigInt(n), BigInt(d), mode as 'down'));
        },
      ),
    );
  });

  it('is exact where a float product would not be', () => {
    // 9,007,199,254,740,993 is not representable as a double; the bigint path keeps it.
    expect(divideToYen(9_007_199_254_740_993n, 1n, 'down')).toBe(9_007_199_254_740_992 + 1);
  });
});

describe('parseYen', () => {
  it.each([
    ['1,234', 1234],
    ['¥1,234', 1234],
    ['￥１，２３４', 1234],
    ['1,234円', 1234],
    ['１２３４５', 12345],
    [' 50000 ', 50000],
    ['', 0],
    ['100.00', 100],
  ])('reads %s', (text, value) => {
    expect(parseYen(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['12a', 'amount.invalid'],
    ['-500', 'amount.negative'],
    ['△500', 'amount.negative'],
    ['100.5', 'amount.fraction'],
    ['99999999999999999999', 'amount.tooLarge'],
  ])('refuses %s', (text, code) => {
    expect(parseYen(text)).toEqual({ ok: false, code });
  });
});

it('formats with thousands separators', () => {
  expect(formatYen(1234567)).toBe('1,234,567');
  expect(formatYenWithUnit(0)).toBe('0円');
});

it('refuses non-integers at the boundary', () => {
  expect(() => toYen(1.5)).toThrow(RangeError);
  expect(toYen(5)).toBe(5);
});

it.each([
  [0, '0'],
  [999, '999'],
  [1000, '1,000'],
  [-1234567, '-1,234,567'],
  [12345678901, '12,345,678,901'],
])('formats %i as %s, as Intl does', (amount, text) => {
  expect(formatYen(amount)).toBe(text);
  expect(formatYen(amount)).toBe(new Intl.NumberFormat('ja-JP').format(amount));
});
