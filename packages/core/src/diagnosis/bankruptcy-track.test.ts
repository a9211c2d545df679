// 同時廃止 or 管財 by the court's thresholds, not by any asset at all (issue 17 item 9): 破産法216条1項 as
// 東京地裁 applies it — cash of 33万 or more, or 20万 or more in one category of property.
import { describe, expect, it } from 'vitest';
import { assetsSchema } from '../case/case-schema.js';
import { categoriesOverThreshold } from './court-routes.js';

const assets = (fields: Record<string, unknown>) => ({ assets: assetsSchema.parse(fields) });

describe('管財 thresholds (東京地裁)', () => {
  it('small cash and two small accounts: 同時廃止 is possible', () => {
    const few = assets({
      cash: 50_000,
      deposits: [
        { bank: 'A銀行', balance: 80_000 },
        { bank: 'B銀行', balance: 100_000 },
      ],
    });
    expect(categoriesOverThreshold(few, 0)).toEqual([]);
  });

  it('deposits are summed as one category: 120,000 + 90,000 = 210,000 ≥ 200,000 → 管財', () => {
    const two = assets({
      deposits: [
        { bank: 'A銀行', balance: 120_000 },
        { bank: 'B銀行', balance: 90_000 },
      ],
    });
    expect(categoriesOverThreshold(two, 0)).toEqual([{ label: '預貯金', value: 210_000 }]);
  });

  it('cash: 329,999 is under, 330,000 is at the threshold', () => {
    expect(categoriesOverThreshold(assets({ cash: 329_999 }), 0)).toEqual([]);
    expect(categoriesOverThreshold(assets({ cash: 330_000 }), 0)).toEqual([{ label: '現金', value: 330_000 }]);
  });

  it('a recoverable 過払金 is property: 2,300,000 → 管財', () => {
    expect(categoriesOverThreshold(assets({}), 2_300_000)).toEqual([{ label: '過払金', value: 2_300_000 }]);
  });
});
