// zod field builders whose errors already say, in Japanese, which field is wrong and how
// ("借入を0以上の整数(円)で入力してください"), so that every boundary reports the same sentence.
import { z } from 'zod';
import '../zod-locale.js';
import { isCivilDate } from '../civil-date.js';
import { MAX_YEN } from '../money.js';
import { formatRatePercent, parseRatePercent, percent } from '../rate.js';

/** NUL cannot be stored (PostgreSQL refuses it in text) and no one types it: refused with the field's name. */
const hasNoNul = (value: string) => !value.includes('\u0000');

function textBase(label: string, max: number, { halfWidth = false } = {}) {
  const typed = z.string({ error: `${label}は文字で入力してください` }).trim();
  return (halfWidth ? typed.normalize('NFKC') : typed)
    .max(max, { error: `${label}は${max}文字以内にしてください` })
    .refine(hasNoNul, { error: `${label}に使えない文字(NUL)が含まれています` });
}

/** `halfWidth`: digits and signs typed full-width (１００－０００１) are kept half-width (a postcode, a phone number). */
export function text(label: string, { max = 200, required = false, halfWidth = false } = {}) {
  const base = textBase(label, max, { halfWidth });
  return required ? base.min(1, { error: `${label}を入力してください` }) : base.default('');
}

/** A text field added after records existed: absent stays absent, so an edit changes nothing unasked. */
export function laterText(label: string, { max = 200, halfWidth = false } = {}) {
  return textBase(label, max, { halfWidth }).optional();
}

export function yen(label: string) {
  return z
    .number({ error: `${label}を数字(円)で入力してください` })
    .int({ error: `${label}に円未満の端数は入力できません` })
    .min(0, { error: `${label}は0以上にしてください` })
    .max(MAX_YEN, { error: `${label}は1兆円以下にしてください` });
}

export function optionalYen(label: string) {
  return yen(label).nullable().default(null);
}

export function date(label: string) {
  return z
    .string({ error: `${label}を日付で入力してください` })
    .refine(isCivilDate, { error: `${label}が正しい日付(YYYY-MM-DD)ではありません` });
}

export function optionalDate(label: string) {
  return date(label).nullable().default(null);
}

/** A rate as an exact percent text ("18", "29.2"), never a binary float. */
export function ratePercent(label: string) {
  return z
    .string({ error: `${label}を年利(%)で入力してください` })
    .refine((value) => parseRatePercent(value).ok, { error: `${label}は年利(%)で入力してください(例: 18, 29.2)` })
    .transform((value) => formatRatePercent(percent(value)));
}

export function whole(label: string, min: number, max: number) {
  return z
    .number({ error: `${label}を数字で入力してください` })
    .int({ error: `${label}は整数で入力してください` })
    .min(min, { error: `${label}は${min}以上にしてください` })
    .max(max, { error: `${label}は${max}以下にしてください` });
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `${label}を選んでください` });
}

export interface FieldProblem {
  /** Where in the input: ['creditors', 0, 'name'] */
  path: (string | number)[];
  /** The Japanese sentence for the user. */
  message: string;
}

/** A zod error as the list the API returns and the UI shows beside each field. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.code === 'unrecognized_keys' ? `不明な項目があります: ${issue.keys.join(', ')}` : issue.message,
  }));
}
