// What a draft agreement for card shopping credit in installments or revolving must flag besides the
// core checklist (which weighs its late charge against 割賦販売法30条の3): acceleration without the
// written demand of 20 days or more (割賦販売法30条の2の4). Whether it binds a later 和解 is
// unsettled: 要確認 with the statute, never "void" (PRACTICE.md "From when", "Late charges").
import type { ChecklistItem, DebtPosition } from '@wakai/core';

export function shoppingFindings(position: DebtPosition): ChecklistItem[] {
  if (!position.contracts.some((c) => c.kind === 'shopping')) return [];
  return [
    {
      id: 'shopping-acceleration',
      label: '期限の利益の喪失(ショッピング)',
      status: 'warn',
      detail:
        '分割・リボ払いのショッピングは、20日以上の期間を定めた書面による催告をしても支払がないときでなければ期限の利益を失わせられません(割賦販売法30条の2の4)。催告なしの当然喪失の条項を確認してください',
    },
  ];
}
