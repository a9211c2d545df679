// Caps on what a lawyer or 司法書士 may charge for 任意整理 (docs/law/practice.md, "Professional
// fees"). Amounts exclude consumption tax. The 日弁連 rule's status after 2026-03 is not confirmed:
// its row ends there, and a check made later says so instead of assuming it still applies.
import type { CivilDate } from '../civil-date.js';
import type { Yen } from '../money.js';
import type { Rate } from '../rate.js';
import { type DatedTable, rowOn } from './dated-table.js';

export interface FeeCaps {
  /** 解決報酬金 per creditor (lawyers), and for 商工ローン. */
  successFeePerCreditor?: Yen;
  successFeePerCreditorCommercialLoan?: Yen;
  /** 着手金 + 解決報酬 per creditor (司法書士's fixed fee). */
  fixedFeePerCreditor?: Yen;
  /** 減額報酬: share of the reduction. */
  reductionFeeRate: Rate;
  /** 過払金報酬: out of court / with a lawsuit. */
  refundFeeRate: Rate;
  refundFeeRateLawsuit: Rate;
  /** 送金代行: per payment per creditor. */
  remittanceFeePerPayment?: Yen;
}

export const lawyerFeeCaps: DatedTable<FeeCaps> = [
  {
    from: '2011-04-01',
    to: '2026-03-31',
    value: {
      successFeePerCreditor: 20_000,
      successFeePerCreditorCommercialLoan: 50_000,
      reductionFeeRate: 100_000,
      refundFeeRate: 200_000,
      refundFeeRateLawsuit: 250_000,
      remittanceFeePerPayment: 1_000,
    },
    source: '日弁連「債務整理事件処理の規律を定める規程」(2011年4月1日施行、2015年・2021年延長; 2026年4月以降は未確認)',
  },
];

export const scrivenerFeeCaps: DatedTable<FeeCaps> = [
  {
    from: '2011-01-01',
    value: { fixedFeePerCreditor: 50_000, reductionFeeRate: 100_000, refundFeeRate: 200_000, refundFeeRateLawsuit: 250_000 },
    source: '日司連「債務整理事件における報酬に関する指針」(2011年、2016年改正; 施行日は年のみ確認)',
  },
];

/** Recovering an overpayment claim out of court (交渉) or through a lawsuit (訴訟): the 過払金報酬 caps differ. */
export type RefundRoute = 'out-of-court' | 'lawsuit';

/**
 * The lawyers' 過払金報酬 cap on `date` (20% out of court, 25% with a lawsuit). After the rule's last
 * confirmed day the last known cap is returned with `confirmed: false`, never a guessed new one.
 */
export function refundFeeCap(date: CivilDate, route: RefundRoute): { rate: Rate; source: string; confirmed: boolean } {
  const inForce = rowOn(lawyerFeeCaps, date);
  const row = inForce ?? lawyerFeeCaps[lawyerFeeCaps.length - 1];
  if (!row) throw new RangeError('no fee caps');
  return {
    rate: route === 'lawsuit' ? row.value.refundFeeRateLawsuit : row.value.refundFeeRate,
    source: row.source,
    confirmed: inForce !== undefined,
  };
}

/** 認定司法書士 may act only for a claim of at most this amount, judged per claim (最判H28.6.27). */
export const scrivenerClaimLimit = {
  value: 1_400_000 as Yen,
  source: '司法書士法3条1項7号、裁判所法33条1項1号; 最判H28.6.27',
} as const;

/** 消費税 (標準税率 10%, which the fee caps exclude). Earlier rates are not needed for quotes made now. */
export const consumptionTaxRates: DatedTable<Rate> = [
  { from: '2019-10-01', value: 100_000, source: '消費税法29条・地方税法72条の83 (10%)' },
];
