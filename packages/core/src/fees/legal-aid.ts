import type { CivilDate } from '../civil-date.js';
import { rowOn } from '../law/dated-table.js';
import { legalAidLimits } from '../law/legal-aid.js';
import type { Yen } from '../money.js';

export interface LegalAidInput {
  householdSize: number;
  largeCity: boolean;
  /** Monthly take-home income of the household (bonus included, averaged). */
  monthlyIncome: Yen;
  /** Rent or mortgage actually paid each month. */
  housingCost: Yen;
  assets: Yen;
}

export interface LegalAidCheck {
  incomeLimit: Yen;
  incomeOk: boolean;
  /** null where the asset line for this household size is not confirmed. */
  assetLimit: Yen | null;
  assetsOk: boolean | null;
  eligible: boolean | null;
  source: string;
}

/** Whether the household falls within 法テラス's lines; `eligible` null when a line is unknown. */
export function legalAidCheck(input: LegalAidInput, date: CivilDate): LegalAidCheck {
  const row = rowOn(legalAidLimits, date);
  if (!row) throw new RangeError(`no legal aid limits recorded for ${date}`);
  const limits = row.value;
  const size = Math.max(1, Math.floor(input.householdSize));
  const income = input.largeCity ? limits.incomeLargeCity : limits.income;
  const extra = input.largeCity ? limits.incomePerExtraPersonLargeCity : limits.incomePerExtraPerson;
  const housing = input.largeCity ? limits.housingLargeCity : limits.housing;
  const base = size <= 4 ? (income[size - 1] as Yen) : (income[3] as Yen) + (size - 4) * extra;
  const incomeLimit = base + Math.min(input.housingCost, housing[Math.min(size, 4) - 1] as Yen);
  const assetLimit = size <= 4 ? (limits.assets[size - 1] as Yen) : null;
  const incomeOk = input.monthlyIncome <= incomeLimit;
  const assetsOk = assetLimit === null ? null : input.assets <= assetLimit;
  return { incomeLimit, incomeOk, assetLimit, assetsOk, eligible: !incomeOk || assetsOk === false ? false : assetsOk, source: row.source };
}
