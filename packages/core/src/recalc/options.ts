// The conventions on which tools and courts differ (docs/law/recalculation.md [CONV]); every result states which
// were used. Defaults follow docs/law/recalculation.md.
import type { CivilDate } from '../civil-date.js';
import type { RoundingMode, Yen } from '../money.js';

/** 各年計算 (leap-year days ÷ 366), fixed 365, or 端数期間暦年 (whole years first). */
export type YearBasis = 'calendar' | 'fixed365' | 'calendar-years-first';
/** 片端 (none), or 初日算入 for the first loan only or for every borrowing. */
export type FirstDay = 'none' | 'first-loan' | 'every-borrowing';
/** Where a period spans years of different length or a rate change: add exact parts, or round each. */
export type PartRounding = 'sum-then-round' | 'round-each';
/**
 * Which legal rate an overpayment earns after the 2020-04-01 change: `per-increment` (default) each
 * part at the rate of the day it arose, for good (民法404条1項, 改正民法附則15条1項, 最判H21.9.4).
 */
export type OverpaymentRateRule = 'per-increment' | 'by-accrual-date' | 'by-overpayment-start' | 'fixed-5';
/** per-increment: which parts of the overpayment a borrowing while overpaid uses up first. */
export type OverpaymentOrder = 'oldest-first' | 'newest-first';
/** How a borrowing while overpaid is set off (最判H25.4.11). */
export type Netting = 'interest-first' | 'principal-only' | 'none';
/** 一連計算 or 取引の分断 at a long gap. */
export type SeriesMode = 'continuous' | 'split';

export interface RecalcOptions {
  /**
   * `statutory` replays at the 利息制限法 cap (or the contract rate where the history gives a lower
   * one); `contract` at the history's own 利率 column; a percent text such as `29.2` at that rate.
   */
  rate: 'statutory' | 'contract' | string;
  /**
   * The contract's own 約定利率 (percent text, as stored with the contract), until a row of the
   * history states one: the rate replayed with rate `contract`; with `statutory`, the rate where it is
   * below the cap. Unused with a fixed rate.
   */
  contractRate?: string;
  yearBasis: YearBasis;
  firstDay: FirstDay;
  rounding: RoundingMode;
  partRounding: PartRounding;
  overpaymentRate: OverpaymentRateRule;
  overpaymentOrder: OverpaymentOrder;
  netting: Netting;
  series: SeriesMode;
  /** A gap longer than this many days before a new loan, with nothing owed, is flagged. */
  gapDays: number;
  /** 冒頭残高: principal owed before the first row (0 = 冒頭ゼロ). */
  openingBalance: Yen;
  /** Accrue interest up to this date (inclusive); undefined = the last transaction's date. */
  asOf?: CivilDate;
}

export const defaultRecalcOptions: Readonly<RecalcOptions> = {
  rate: 'statutory',
  yearBasis: 'calendar',
  firstDay: 'none',
  rounding: 'down',
  partRounding: 'sum-then-round',
  overpaymentRate: 'per-increment',
  overpaymentOrder: 'oldest-first',
  netting: 'interest-first',
  series: 'continuous',
  gapDays: 365,
  openingBalance: 0,
};

export const optionChoices = {
  yearBasis: ['calendar', 'fixed365', 'calendar-years-first'],
  firstDay: ['none', 'first-loan', 'every-borrowing'],
  rounding: ['down', 'half-up', 'up'],
  partRounding: ['sum-then-round', 'round-each'],
  overpaymentRate: ['per-increment', 'by-accrual-date', 'by-overpayment-start', 'fixed-5'],
  overpaymentOrder: ['oldest-first', 'newest-first'],
  netting: ['interest-first', 'principal-only', 'none'],
  series: ['continuous', 'split'],
} as const satisfies Partial<Record<keyof RecalcOptions, readonly string[]>>;

/** Japanese labels for every option value, for ledgers and documents. */
export const optionLabels: Record<string, string> = {
  statutory: '利息制限法の上限利率',
  contract: '約定利率',
  calendar: '各年計算(閏年は366日)',
  fixed365: '1年365日固定',
  'calendar-years-first': '端数期間暦年(満年数を先に計算)',
  none: 'なし',
  'first-loan': '初日算入(最初の借入)',
  'every-borrowing': '初日算入(借入ごと)',
  down: '円未満切捨て',
  'half-up': '円未満四捨五入',
  up: '円未満切上げ',
  'sum-then-round': '期間を分けて合算後に端数処理',
  'round-each': '期間ごとに端数処理して合算',
  'per-increment': '過払金の増加分ごとに発生時の法定利率(2020年3月31日までに生じた分は5%のまま)',
  'oldest-first': '古い過払金から充当',
  'newest-first': '新しい過払金から充当',
  'by-accrual-date': '利息の発生日で判断(2020年4月1日以降は3%)',
  'by-overpayment-start': '過払発生時で判断',
  'fixed-5': '年5%固定',
  'interest-first': '過払利息→過払元金の順に充当',
  'principal-only': '過払元金のみに充当(過払利息は棚上げ)',
  continuous: '一連計算',
  split: '取引の分断(個別計算)',
};

export const optionNames: Record<keyof RecalcOptions, string> = {
  rate: '利率',
  contractRate: '契約の約定利率',
  yearBasis: '年日数',
  firstDay: '初日算入',
  rounding: '端数処理',
  partRounding: '期間をまたぐ利息',
  overpaymentRate: '過払利息の利率',
  overpaymentOrder: '過払中の借入が消す過払金の順',
  netting: '過払中の借入の充当',
  series: '取引の個数',
  gapDays: '分断を指摘する空白期間(日)',
  openingBalance: '冒頭残高(円)',
  asOf: '計算基準日',
};
