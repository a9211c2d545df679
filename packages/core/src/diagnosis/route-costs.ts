// The cost of doing nothing against each route and the fees ("the saving pays for the office"):
// what continuing as now costs in all, what each procedure costs (paid to creditors + court costs),
// and for 任意整理 each stored fee quote taken off the saving. Figures, not advice.
import type { CivilDate } from '../civil-date.js';
import type { FeeQuote } from '../fees/fee-quote.js';
import { feeCaseOf, quoteOnCase } from '../fees/fees-on-case.js';
import type { Yen } from '../money.js';
import type { Diagnosis, DiagnosisInput, Procedure } from './procedure-comparison.js';
import type { StatusQuo } from './status-quo.js';

export interface QuoteCost {
  office: string;
  /** The quote's total on this case, tax included. */
  fee: Yen;
  /** Paid to creditors + fee. */
  outlay: Yen;
  /** Doing nothing − outlay; null when doing nothing never ends or cannot be projected. */
  saving: Yen | null;
}

export interface RouteCost {
  procedure: Procedure;
  label: string;
  /** Paid to creditors in all (net of an overpayment recovered, for 任意整理); null where not computed. */
  paid: Yen | null;
  months: number | null;
  courtCosts: { min: Yen; max: Yen };
  /** Paid + the higher court cost. */
  outlay: Yen | null;
  /** Doing nothing − outlay (before any professional's fee); null where not comparable. */
  saving: Yen | null;
  /** 任意整理 only: each stored quote. */
  quotes: QuoteCost[];
}

export interface RouteCosts {
  statusQuo: StatusQuo;
  routes: RouteCost[];
  /** One line each: how to read the figures. */
  notes: string[];
}

export function routeCosts(
  diagnosis: Diagnosis,
  status: StatusQuo,
  quotes: readonly FeeQuote[],
  creditors: DiagnosisInput['creditors'],
  today: CivilDate,
): RouteCosts {
  const doingNothing = status.complete ? status.total : null;
  const saving = (outlay: Yen | null) => (doingNothing === null || outlay === null ? null : doingNothing - outlay);
  const feeCase = feeCaseOf(diagnosis, creditors);
  const routes = diagnosis.rows.map((row): RouteCost => {
    // 任意整理 leaves the excluded creditors to be paid on as now: their total belongs to the route.
    const excludedTotal = diagnosis.excludedStatusQuo.complete ? diagnosis.excludedStatusQuo.total : null;
    const paid =
      row.procedure === 'voluntary'
        ? excludedTotal === null || row.total === null
          ? null
          : (row.netTotal ?? row.total) + excludedTotal
        : row.total;
    const outlay = paid === null ? null : paid + row.courtCosts.max;
    const quoteCosts =
      row.procedure === 'voluntary' && outlay !== null
        ? quotes.map((quote) => {
            const fee = quoteOnCase(quote, feeCase, today).total.total;
            return { office: quote.office, fee, outlay: outlay + fee, saving: saving(outlay + fee) };
          })
        : [];
    return {
      procedure: row.procedure,
      label: row.label,
      paid,
      months: row.months,
      courtCosts: row.courtCosts,
      outlay,
      saving: saving(outlay),
      quotes: quoteCosts,
    };
  });
  const notes = [
    status.complete
      ? `今のまま払い続けると、総額 ${status.total.toLocaleString('ja-JP')}円(うち利息 ${status.interest.toLocaleString('ja-JP')}円)を${status.months}か月で払います`
      : status.never > 0
        ? '今の返済額では利息しか払えていない契約があり、今のままでは完済しません'
        : '約定利率・毎月の返済額・請求残高が未入力の契約があり、今のままの総額は計算できません',
    '各手続の総額は、債権者への支払に裁判所の費用(見込みの多い方)を足した額です',
    '費用の見積もりは任意整理の依頼についてのものです。個人再生・自己破産の弁護士費用は含みません',
    `計算の前提: ${status.convention}`,
  ];
  return { statusQuo: status, routes, notes };
}
