// The 140万 limit of a 認定司法書士, per claim (司法書士法3条1項7号; 最判H28.6.27): a debt measured by
// what is claimed (or, without a claim, the settlement base), an overpayment by its 過払元金 (interest
// is an 附帯 claim, 民訴法9条2項) with a warning where 元金 + 利息 passes the limit.
import { scrivenerClaimLimit } from '../law/professional-fees.js';
import type { ContractPosition, Overpayment, ScrivenerLimit } from './position-types.js';

export function scrivenerLimitOf(contracts: readonly ContractPosition[], overpayment: Overpayment): ScrivenerLimit {
  const limit = scrivenerClaimLimit.value;
  if (overpayment.amount > 0) {
    const value = overpayment.principal;
    return {
      limit,
      value,
      exceeded: value > limit,
      withInterestExceeded: value <= limit && overpayment.amount > limit,
      source: `${scrivenerClaimLimit.source}; 民事訴訟法9条2項(利息は附帯請求)`,
    };
  }
  const debts = contracts.map((c) => Math.max(c.claimed ?? 0, c.settlementBase));
  const value = Math.max(0, ...debts);
  const withInterest = Math.max(0, ...contracts.map((c) => (c.claimed ?? c.settlementBase) + c.accruedInterest));
  return {
    limit,
    value,
    exceeded: value > limit,
    withInterestExceeded: value <= limit && withInterest > limit,
    source: scrivenerClaimLimit.source,
  };
}
