import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_YEN, sumYen, YenOverflowError } from '../money.js';
import { debtorSchema } from './case-schema.js';
import { fieldProblems, text, yen } from './fields.js';
import { letterheadSchema } from './letterhead-schema.js';
import { recalcOptionsSchema } from './recalc-options-schema.js';

const problems = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : fieldProblems(result.error);
};

describe('field messages', () => {
  it('bounds every amount at 1兆円 (MAX_YEN)', () => {
    expect(problems(yen('請求額'), MAX_YEN)).toEqual([]);
    expect(problems(yen('請求額'), MAX_YEN + 1)).toEqual([{ path: [], message: '請求額は1兆円以下にしてください' }]);
  });

  it('refuses NUL in text, naming the field', () => {
    expect(problems(text('氏名'), 'a\u0000')).toEqual([{ path: [], message: '氏名に使えない文字(NUL)が含まれています' }]);
  });

  it("answers in Japanese where a schema has no message of its own, and keeps the fields' own first", () => {
    expect(problems(z.array(z.number()).max(2), [1, 2, 3])).toEqual([{ path: [], message: '件数が多すぎます(2件まで)' }]);
    expect(problems(recalcOptionsSchema, { rounding: 'floor', gapDays: 'x' })).toEqual([
      { path: ['rounding'], message: '次のいずれかを選んでください: down・half-up・up' },
      { path: ['gapDays'], message: '空白期間を数字で入力してください' },
    ]);
    expect(problems(z.object({ a: z.string() }), 'x')).toEqual([{ path: [], message: '入力の形式が正しくありません' }]);
  });
});

describe('sumYen', () => {
  it('refuses a total past 2^53 rather than lose a yen', () => {
    expect(sumYen([MAX_YEN, MAX_YEN])).toBe(2 * MAX_YEN);
    expect(() => sumYen([Number.MAX_SAFE_INTEGER, 1])).toThrow(YenOverflowError);
  });
});

it('keeps a postcode typed full-width as half-width digits (issue 18 #11: it printed as typed)', () => {
  expect(debtorSchema.parse({ name: '佐藤 一郎', postcode: '２２０－００１１' }).postcode).toBe('220-0011');
  expect(letterheadSchema.shape.postcode.parse('１００－０００１')).toBe('100-0001');
});
