// 同時廃止 or 管財: the test is whether the estate can pay the procedure's costs (破産法216条1項);
// courts apply thresholds. These are 東京地裁's (docs/law/practice.md "Bankruptcy"), kept as court
// practice data: other courts differ, and a case may set its own.
import type { Yen } from '../money.js';

export interface AdministrationThresholds {
  court: string;
  /** Cash of this much or more → 管財. */
  cash: Yen;
  /** One category of property (all deposits together, all surrender values together …) of this much or more → 管財. */
  category: Yen;
  source: string;
}

export const tokyoAdministrationThresholds: AdministrationThresholds = {
  court: '東京地裁',
  cash: 330_000,
  category: 200_000,
  source: '破産法216条1項; 東京地裁破産再生部の運用(現金33万円以上、または財産の種類ごとに20万円以上で管財事件)',
};
