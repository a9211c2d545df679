// The engine's input checks: options and rows it cannot compute from raise a RecalcInputError
// naming the row at fault, before any figure is computed.
import { type CivilDate, type DayNumber, dayNumberOfIso, isCivilDate } from '../civil-date.js';
import { type Language, type MessageCode, type MessageParams, messageText } from '../messages.js';
import { parseRatePercent, type Rate } from '../rate.js';
import { optionChoices, type RecalcOptions } from './options.js';
import type { Transaction } from './recalc-result.js';

export type RecalcErrorCode =
  | 'recalc.asOfBeforeLast'
  | 'recalc.dateOrder'
  | 'recalc.noContractRate'
  | 'recalc.badOption'
  | 'recalc.badAmount'
  | 'recalc.badDate'
  | 'recalc.legalRateUnknown';

/** A history or option the engine cannot compute from; `row` is the index of the row at fault. */
export class RecalcInputError extends Error {
  constructor(
    readonly code: RecalcErrorCode,
    readonly params: MessageParams = {},
    readonly row?: number,
  ) {
    super(messageText(code, params, 'en'));
    this.name = 'RecalcInputError';
  }

  /** The message in Japanese, for the user of the command line. */
  get ja(): string {
    return messageText(this.code, this.params, 'ja');
  }

  /** The message for the user of the web app: where the command line's wording names a flag, the page's names the page. */
  pageText(language: Language = 'ja'): string {
    return messageText(pageMessageCodes[this.code] ?? this.code, this.params, language);
  }
}

const pageMessageCodes: Partial<Record<RecalcErrorCode, MessageCode>> = {
  'recalc.noContractRate': 'recalc.noContractRateInPage',
};

export function legalRateUnknown(date: CivilDate): RecalcInputError {
  return new RecalcInputError('recalc.legalRateUnknown', { date });
}

export type RateBasis = { kind: 'statutory' } | { kind: 'contract' } | { kind: 'fixed'; rate: Rate };

export function rateBasisOf(text: string): RateBasis {
  if (text === 'statutory' || text === 'contract') return { kind: text };
  const parsed = parseRatePercent(text);
  if (!parsed.ok) throw new RecalcInputError('recalc.badOption', { detail: `rate: ${text}` });
  return { kind: 'fixed', rate: parsed.value };
}

export function checkOptions(options: RecalcOptions): void {
  for (const [name, choices] of Object.entries(optionChoices)) {
    const value = options[name as keyof typeof optionChoices];
    if (!(choices as readonly string[]).includes(value)) {
      throw new RecalcInputError('recalc.badOption', { detail: `${name} must be one of ${choices.join(', ')}: ${value}` });
    }
  }
  if (options.asOf !== undefined && !isCivilDate(options.asOf)) {
    throw new RecalcInputError('recalc.badOption', { detail: `asOf must be a date YYYY-MM-DD: ${options.asOf}` });
  }
  if (!Number.isSafeInteger(options.gapDays) || options.gapDays < 0) {
    throw new RecalcInputError('recalc.badOption', { detail: `gapDays must be a whole number of days: ${options.gapDays}` });
  }
  if (!Number.isSafeInteger(options.openingBalance) || options.openingBalance < 0) {
    throw new RecalcInputError('recalc.badOption', { detail: `openingBalance must be whole yen ≥ 0: ${options.openingBalance}` });
  }
  if (options.contractRate !== undefined) percentOption('contractRate', options.contractRate);
}

export function percentOption(name: string, text: string): Rate {
  const parsed = parseRatePercent(text);
  if (!parsed.ok) throw new RecalcInputError('recalc.badOption', { detail: `${name}: ${text}` });
  return parsed.value;
}

/** Checks one row and returns its day number. */
export function checkedDayNumber(t: Transaction, index: number): DayNumber {
  const day = dayNumberOfIso(t.date);
  if (day === undefined) throw new RecalcInputError('recalc.badDate', { row: t.line ?? index + 1, date: t.date }, index);
  for (const amount of [t.borrow, t.repay]) {
    if (!Number.isSafeInteger(amount) || amount < 0) {
      throw new RecalcInputError('recalc.badAmount', { row: t.line ?? index + 1, amount }, index);
    }
  }
  if (t.rate !== undefined && (!Number.isSafeInteger(t.rate) || t.rate < 0)) {
    throw new RecalcInputError('recalc.badOption', { detail: `row ${t.line ?? index + 1}: not a rate: ${t.rate}` }, index);
  }
  return day;
}
