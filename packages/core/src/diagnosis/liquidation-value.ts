// 清算価値: what a bankruptcy would distribute — the floor a 個人再生 plan must reach. Courts differ on
// small items: `smallItemsKept` (Tokyo practice: each item under 20万 kept) is an option, off by default.
import type { Assets } from '../case/case-schema.js';
import { procedureFacts } from '../law/procedures.js';
import type { Yen } from '../money.js';

export interface LiquidationValue {
  total: Yen;
  parts: { label: string; value: Yen }[];
}

export function liquidationValue(assets: Assets, { smallItemsKept = false } = {}): LiquidationValue {
  const { freeCash, smallItemLimit } = procedureFacts.bankruptcy;
  const counted = (value: Yen) => (smallItemsKept && value < smallItemLimit ? 0 : value);
  const parts: { label: string; value: Yen }[] = [{ label: '現金(99万円を超える部分)', value: Math.max(0, assets.cash - freeCash) }];
  for (const d of assets.deposits) parts.push({ label: `預貯金 ${d.bank}`, value: counted(d.balance) });
  for (const car of assets.cars) {
    // A car under retained title belongs to the lender until paid: only the value above the loan counts.
    const equity = Math.max(0, (car.value ?? 0) - (car.titleRetained ? (car.loanBalance ?? 0) : 0));
    parts.push({ label: `自動車 ${car.name}`, value: counted(equity) });
  }
  for (const i of assets.insurance) parts.push({ label: `保険 ${i.company}`, value: counted(i.surrenderValue) });
  if (assets.home)
    parts.push({ label: '自宅(評価額−住宅ローン)', value: Math.max(0, (assets.home.value ?? 0) - (assets.home.mortgageBalance ?? 0)) });
  for (const o of assets.other) parts.push({ label: o.name, value: counted(o.value) });
  const nonZero = parts.filter((p) => p.value > 0);
  return { total: nonZero.reduce((a, p) => a + p.value, 0), parts: nonZero };
}
