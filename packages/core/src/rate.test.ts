import { expect, it } from 'vitest';
import { formatRatePercent, parseRatePercent, percent } from './rate.js';

it('reads percent texts exactly as millionths', () => {
  expect(percent('18')).toBe(180_000);
  expect(percent('29.2')).toBe(292_000);
  expect(percent('26.28%')).toBe(262_800);
  expect(percent('２９．２％')).toBe(292_000);
  expect(percent('27.375')).toBe(273_750);
  expect(percent('0.0001')).toBe(1);
});

it('refuses what is not a rate', () => {
  expect(parseRatePercent('abc')).toEqual({ ok: false, code: 'rate.invalid' });
  expect(parseRatePercent('-5')).toEqual({ ok: false, code: 'rate.invalid' });
  expect(parseRatePercent('18.00001')).toEqual({ ok: false, code: 'rate.tooPrecise' });
});

it('writes rates back without binary fractions', () => {
  expect(formatRatePercent(292_000)).toBe('29.2');
  expect(formatRatePercent(180_000)).toBe('18');
  expect(formatRatePercent(262_800)).toBe('26.28');
  expect(formatRatePercent(1)).toBe('0.0001');
});
