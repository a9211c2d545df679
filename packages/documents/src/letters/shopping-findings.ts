// What a draft agreement for card shopping credit must flag: a late charge above the cap of its kind
// (割賦販売法30条の3 for installments or revolving: the legal rate; 消費者契約法9条1項2号 for a single
// payment: 14.6%) and acceleration without the written demand of 20 days (割賦販売法30条の2の4).
// Whether these caps bind a later 和解 is unsettled: 要確認 with the statute, never "void"
// (PRACTICE.md "Which rules bind the creditor", "Late charges").
import type { ChecklistItem, DebtPosition } from '@wakai/core';
import { percent } from '@wakai/core/engine';

export function shoppingFindings(position: DebtPosition, lateChargeRate: string): ChecklistItem[] {
  const shopping = position.contracts.filter((c) => c.kind === 'shopping' || c.kind === 'shopping-single');
  const items: ChecklistItem[] = [];
  for (const contract of shopping) {
    const cap = contract.lateChargeLimit.percent;
    if (cap !== null && percent(lateChargeRate) > percent(cap))
      items.push({
        id: 'shopping-late-charge',
        label: `遅延損害金(ショッピング${contract.label ? `・${contract.label}` : ''})`,
        status: 'warn',
        detail: `案文の年${lateChargeRate}%は、ショッピングの上限 年${cap}%(${contract.lateChargeLimit.source})を超えます。この上限が和解契約に及ぶかは定まっていないため、確認してください`,
      });
  }
  if (shopping.some((c) => c.kind === 'shopping'))
    items.push({
      id: 'shopping-acceleration',
      label: '期限の利益の喪失(ショッピング)',
      status: 'warn',
      detail:
        '分割・リボ払いのショッピングは、20日以上の期間を定めた書面による催告をしても支払がないときでなければ期限の利益を失わせられません(割賦販売法30条の2の4)。催告なしの当然喪失の条項を確認してください',
    });
  return items;
}
