// 遅延損害金の上限 (docs/law/recalculation.md "Late charges"): 1.46 × the 利息制限法1条 cap of the
// principal's tier (4条1項), or 20% for a business lender's loan (営業的金銭消費貸借, 7条1項).
import type { CivilDate } from '../civil-date.js';
import type { Yen } from '../money.js';
import type { Rate } from '../rate.js';
import { type DatedTable, rowOn } from './dated-table.js';
import { statutoryCap } from './interest-caps.js';

export const lateChargeRules: DatedTable<{ multiplierPermille: number; businessLenderCap: Rate }> = [
  {
    from: '2010-06-18',
    value: { multiplierPermille: 1_460, businessLenderCap: 200_000 },
    source: '利息制限法4条1項(1条の率の1.46倍)・7条1項(営業的金銭消費貸借は年20%)',
  },
];

/** The highest late-charge rate a settlement may lawfully carry on `principal`. */
export function lateChargeCap(principal: Yen, date: CivilDate, businessLender: boolean): { rate: Rate; source: string } {
  const row = rowOn(lateChargeRules, date);
  if (!row) throw new RangeError(`no late-charge cap is recorded for ${date}`);
  if (businessLender) return { rate: row.value.businessLenderCap, source: row.source };
  const cap = statutoryCap(principal, date).rate;
  return { rate: (cap * row.value.multiplierPermille) / 1_000, source: row.source };
}
