// Hand-built vectors: every expected figure below was worked out by hand from the rule cited
// (docs/law/recalculation.md), not copied from the engine.
import { describe, expect, it } from 'vitest';
import { percent } from '../rate.js';
import { RecalcInputError, recalculate } from './recalc.js';
import { borrow, repay } from './transactions.fixture.js';

describe('contract-rate replay', () => {
  it('reproduces the lender ledger at --rate 29.2', () => {
    const result = recalculate([borrow('2001-01-10', 500_000), repay('2001-02-10', 20_000)], { rate: '29.2' });
    // 500,000 × 29.2% × 31/365 = 12,400; 20,000 − 12,400 = 7,600 off principal.
    expect(result.rows[1]).toMatchObject({ rate: '29.2', interest: 12_400, balance: 492_400 });
    expect(result.rows[0]?.tier).toBeUndefined();
  });

  it('uses the history rate column with rate "contract", and refuses when there is none', () => {
    const history = [borrow('2001-01-10', 500_000, { rate: percent('29.2') }), repay('2001-02-10', 20_000)];
    expect(recalculate(history, { rate: 'contract' }).rows[1]).toMatchObject({ interest: 12_400 });
    expect(() => recalculate([borrow('2001-01-10', 500_000), repay('2001-02-10', 1)], { rate: 'contract' })).toThrow(/no contract rate/);
  });

  it('takes the rate stored with the contract where the history has no rate column (issue 9, item 5)', () => {
    const history = [borrow('2001-01-10', 500_000), repay('2001-02-10', 20_000)];
    // 500,000 × 27% × 31/365 = 11,465.7 → 11,465; 20,000 − 11,465 = 8,535 off principal.
    const result = recalculate(history, { rate: 'contract', contractRate: '27' });
    expect(result.rows[1]).toMatchObject({ rate: '27', interest: 11_465, balance: 491_465 });
    expect(result.options).toMatchObject({ rate: 'contract', contractRate: '27' });
    // A rate in the history wins from its row on.
    const stated = [borrow('2001-01-10', 500_000, { rate: percent('29.2') }), repay('2001-02-10', 20_000)];
    expect(recalculate(stated, { rate: 'contract', contractRate: '27' }).rows[1]).toMatchObject({ interest: 12_400 });
    // The statutory replay is not changed by it.
    expect(recalculate(history, { contractRate: '27' }).rows[1]?.rate).toBe('18');
    expect(() => recalculate(history, { rate: 'contract', contractRate: '年27' })).toThrow(/contractRate/);
  });

  it('at the statutory cap, an agreed rate below the cap stands (利息制限法1条 caps the agreed rate, never raises it)', () => {
    const history = [borrow('2001-01-10', 500_000), repay('2001-02-10', 20_000)];
    // 500,000 × 14% × 31/365 = 5,945.2 → 5,945, not the 18% cap's 7,643.
    expect(recalculate(history, { contractRate: '14' }).rows[1]).toMatchObject({ rate: '14', interest: 5_945, balance: 485_945 });
    expect(recalculate(history).rows[1]).toMatchObject({ rate: '18', interest: 7_643 });
    // A rate the history states from a row on replaces the stored one there, still capped.
    const stated = [borrow('2001-01-10', 500_000, { rate: percent('29.2') }), repay('2001-02-10', 20_000)];
    expect(recalculate(stated, { contractRate: '14' }).rows[1]).toMatchObject({ rate: '18', interest: 7_643 });
  });

  it('words the missing-rate error for the page without naming a command-line flag', () => {
    let error: unknown;
    try {
      recalculate([borrow('2001-01-10', 500_000), repay('2001-02-10', 1)], { rate: 'contract' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(RecalcInputError);
    const failed = error as RecalcInputError;
    expect(failed.ja).toContain('--rate 29.2');
    expect(failed.pageText()).toBe('約定利率がわかりません。契約の内容で約定利率を入力するか、取引履歴に利率の列を設けてください');
    expect(failed.pageText()).not.toContain('--');
    expect(failed.pageText('en')).not.toContain('--');
  });
});
