// The forms' typed texts: what reads as a value is sent as one, anything else as typed (so that the
// server's message names the field). A unit test beside app code: `npm run test:unit` collects it.
import { describe, expect, it } from 'vitest';
import { amountText, amountValue, dateValue, wholeValue } from './form-values.js';

describe('form values', () => {
  it('reads amounts with commas and full-width digits, and keeps what does not read', () => {
    expect([amountValue('50,000'), amountValue('５００００'), amountValue('5万'), amountValue(' ')]).toEqual([50_000, 50_000, '5万', null]);
  });

  it('reads 和暦 dates (平成13年 is 2001) and keeps an impossible one as typed', () => {
    expect([dateValue('H13.1.15'), dateValue('2001/1/15'), dateValue('H13.2.30'), dateValue('')]).toEqual([
      '2001-01-15',
      '2001-01-15',
      'H13.2.30',
      null,
    ]);
  });

  it('reads whole numbers only', () => {
    expect([wholeValue('６０'), wholeValue('60.5'), wholeValue('')]).toEqual([60, '60.5', null]);
  });

  it('shows an amount with thousands separators, and nothing for none', () => {
    expect([amountText(1_234_567), amountText(null), amountText(undefined)]).toEqual(['1,234,567', '', '']);
  });
});
