// An office's fee quote for 任意整理, what it comes to on this case, and how it stands against the
// professions' caps (law/professional-fees.ts). Several quotes can be compared on the same case.
import type { CivilDate } from '../civil-date.js';
import { type DatedRow, rowOn } from '../law/dated-table.js';
import { consumptionTaxRates, type FeeCaps, lawyerFeeCaps, scrivenerClaimLimit, scrivenerFeeCaps } from '../law/professional-fees.js';
import { divideToYen, type Yen } from '../money.js';
import { formatRatePercent, PPM, parseRatePercent, type Rate } from '../rate.js';

export interface FeeQuote {
  office: string;
  profession: 'lawyer' | 'scrivener';
  /** 着手金 per creditor. */
  retainerPerCreditor: Yen;
  /** 解決報酬 per creditor. */
  successFeePerCreditor: Yen;
  /** 減額報酬, percent of the reduction. */
  reductionFeePercent: string;
  /** 過払金報酬, percent of what is recovered, out of court / with a lawsuit. */
  refundFeePercent: string;
  refundFeePercentLawsuit: string;
  /** 送金代行 per payment per creditor. */
  remittanceFeePerPayment: Yen;
  /** 実費 for the whole case. */
  expenses: Yen;
  /** Whether the quote's amounts already include consumption tax. */
  taxIncluded: boolean;
}

export interface FeeCase {
  creditors: number;
  /** Claimed − settled amount, summed over creditors (減額). */
  reduction: Yen;
  /** Overpayments recovered out of court / through a lawsuit. */
  refund: Yen;
  refundByLawsuit: Yen;
  /** Payments the office remits (installments × creditors), if it remits. */
  remittances: number;
}

export interface FeeTotal {
  retainer: Yen;
  successFee: Yen;
  reductionFee: Yen;
  refundFee: Yen;
  remittanceFee: Yen;
  expenses: Yen;
  /** Fees before tax, the tax, and everything to pay (実費 carry no tax here). */
  fees: Yen;
  tax: Yen;
  total: Yen;
}

export interface FeeIssue {
  item: 'successFee' | 'fixedFee' | 'reductionFee' | 'refundFee' | 'refundFeeLawsuit' | 'remittanceFee' | 'capsUnconfirmed';
  message: string;
  source: string;
}

/** What the quote comes to on the case, tax shown apart; percentages rounded down to the yen. */
export function feeTotal(quote: FeeQuote, feeCase: FeeCase, date: CivilDate): FeeTotal {
  const taxRate = rowOn(consumptionTaxRates, date)?.value ?? 0;
  const net = (amount: Yen) => (quote.taxIncluded ? divideToYen(amount * PPM, PPM + taxRate, 'down') : amount);
  const share = (amount: Yen, percent: string) => divideToYen(BigInt(amount) * BigInt(rate(percent)), BigInt(PPM), 'down');
  const retainer = net(quote.retainerPerCreditor) * feeCase.creditors;
  const successFee = net(quote.successFeePerCreditor) * feeCase.creditors;
  const reductionFee = net(share(feeCase.reduction, quote.reductionFeePercent));
  const refundFee = net(share(feeCase.refund, quote.refundFeePercent) + share(feeCase.refundByLawsuit, quote.refundFeePercentLawsuit));
  const remittanceFee = net(quote.remittanceFeePerPayment) * feeCase.remittances;
  const fees = retainer + successFee + reductionFee + refundFee + remittanceFee;
  const tax = divideToYen(fees * taxRate, PPM, 'down');
  return {
    retainer,
    successFee,
    reductionFee,
    refundFee,
    remittanceFee,
    expenses: quote.expenses,
    fees,
    tax,
    total: fees + tax + quote.expenses,
  };
}

/** Each part of the quote above its profession's cap (amounts compared without tax). */
export function feeIssues(quote: FeeQuote, date: CivilDate, { commercialLoan = false } = {}): FeeIssue[] {
  const table = quote.profession === 'lawyer' ? lawyerFeeCaps : scrivenerFeeCaps;
  const row: DatedRow<FeeCaps> | undefined = rowOn(table, date) ?? table[table.length - 1];
  if (!row) return [];
  const issues: FeeIssue[] = [];
  if (!rowOn(table, date)) {
    issues.push({
      item: 'capsUnconfirmed',
      message: `${row.to ?? ''}より後もこの上限が続いているかは確認できていません(当時の上限で判定しています)`,
      source: row.source,
    });
  }
  const taxRate = rowOn(consumptionTaxRates, date)?.value ?? 0;
  const withoutTax = (amount: Yen) => (quote.taxIncluded ? divideToYen(amount * PPM, PPM + taxRate, 'down') : amount);
  const caps = row.value;
  const yen = (amount: Yen) => `${amount.toLocaleString('ja-JP')}円`;
  const over = (item: FeeIssue['item'], label: string, amount: Yen, cap: Yen | undefined) => {
    if (cap !== undefined && amount > cap)
      issues.push({ item, message: `${label} ${yen(amount)} は上限 ${yen(cap)} を超えています`, source: row.source });
  };
  const overRate = (item: FeeIssue['item'], label: string, percent: string, cap: Rate) => {
    if (rate(percent) > cap)
      issues.push({ item, message: `${label} ${percent}% は上限 ${formatRatePercent(cap)}% を超えています`, source: row.source });
  };
  const success = commercialLoan ? caps.successFeePerCreditorCommercialLoan : caps.successFeePerCreditor;
  over('successFee', '1社あたりの解決報酬', withoutTax(quote.successFeePerCreditor), success);
  over(
    'fixedFee',
    '1社あたりの定額報酬(着手金を含む)',
    withoutTax(quote.retainerPerCreditor + quote.successFeePerCreditor),
    caps.fixedFeePerCreditor,
  );
  overRate('reductionFee', '減額報酬', quote.reductionFeePercent, caps.reductionFeeRate);
  overRate('refundFee', '過払金報酬(訴訟なし)', quote.refundFeePercent, caps.refundFeeRate);
  overRate('refundFeeLawsuit', '過払金報酬(訴訟あり)', quote.refundFeePercentLawsuit, caps.refundFeeRateLawsuit);
  over('remittanceFee', '1回あたりの送金代行手数料', withoutTax(quote.remittanceFeePerPayment), caps.remittanceFeePerPayment);
  return issues;
}

/** Claims a 認定司法書士 may not handle: each claim is judged on the amount the creditor claims. */
export function claimsOverScrivenerLimit(
  claims: readonly { creditor: string; claimed: Yen }[],
): { creditor: string; claimed: Yen; limit: Yen; source: string }[] {
  return claims
    .filter((c) => c.claimed > scrivenerClaimLimit.value)
    .map((c) => ({ ...c, limit: scrivenerClaimLimit.value, source: scrivenerClaimLimit.source }));
}

function rate(percent: string): Rate {
  const parsed = parseRatePercent(percent === '' ? '0' : percent);
  if (!parsed.ok) throw new RangeError(`not a percentage: ${percent}`);
  return parsed.value;
}
