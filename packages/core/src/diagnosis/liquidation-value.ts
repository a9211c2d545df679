// 清算価値: what a bankruptcy would distribute — the floor a 個人再生 plan must reach. Courts differ on
// small items: `smallItemsKept` (Tokyo practice: each item under 20万 kept) is an option, off by default.
// An overpayment claim is the debtor's property too: it counts net of the fee for recovering it.
// What is not counted (free cash, small items where kept) is listed apart, so "lost" and "kept" agree.
import type { Assets } from '../case/case-schema.js';
import { procedureFacts } from '../law/procedures.js';
import { formatYenWithUnit, type Yen } from '../money.js';

export interface LiquidationPart {
  label: string;
  value: Yen;
}

export interface LiquidationValue {
  total: Yen;
  /** What is counted (and so would be lost in a bankruptcy). */
  parts: LiquidationPart[];
  /** What the debtor keeps, with the rule that keeps it. */
  kept: (LiquidationPart & { rule: string })[];
  smallItemsKept: boolean;
}

export interface LiquidationOptions {
  /** Tokyo practice: each deposit, car, insurance surrender value or other item under 20万 is kept. */
  smallItemsKept?: boolean;
  /** An overpayment claim's worth once recovered (net of the fee), counted in full. */
  overpaymentClaim?: Yen;
}

export function liquidationValue(
  assets: Assets,
  { smallItemsKept = false, overpaymentClaim = 0 }: LiquidationOptions = {},
): LiquidationValue {
  const { freeCash, smallItemLimit } = procedureFacts.bankruptcy;
  const parts: LiquidationPart[] = [];
  const kept: (LiquidationPart & { rule: string })[] = [];
  const smallRule = `${formatYenWithUnit(smallItemLimit)}未満・東京地裁の運用`;
  const item = (label: string, value: Yen) => {
    if (value <= 0) return;
    if (smallItemsKept && value < smallItemLimit) kept.push({ label, value, rule: smallRule });
    else parts.push({ label, value });
  };
  if (assets.cash > 0)
    kept.push({ label: '現金', value: Math.min(assets.cash, freeCash), rule: `自由財産・${formatYenWithUnit(freeCash)}まで` });
  if (assets.cash > freeCash) parts.push({ label: '現金(99万円を超える部分)', value: assets.cash - freeCash });
  for (const d of assets.deposits) item(`預貯金 ${d.bank}`, d.balance);
  for (const car of assets.cars) {
    // A car under retained title belongs to the lender until paid: only the value above the loan counts.
    item(`自動車 ${car.name}`, Math.max(0, (car.value ?? 0) - (car.titleRetained ? (car.loanBalance ?? 0) : 0)));
  }
  for (const i of assets.insurance) item(`保険 ${i.company}`, i.surrenderValue);
  if (assets.home) {
    const equity = Math.max(0, (assets.home.value ?? 0) - (assets.home.mortgageBalance ?? 0));
    if (equity > 0) parts.push({ label: '自宅(評価額−住宅ローン)', value: equity });
  }
  for (const o of assets.other) item(o.name, o.value);
  if (overpaymentClaim > 0) parts.push({ label: '過払金(回収の報酬を引いた額)', value: overpaymentClaim });
  return { total: parts.reduce((a, p) => a + p.value, 0), parts, kept, smallItemsKept };
}
