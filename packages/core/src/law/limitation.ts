// 消滅時効 of a debt and of an overpayment claim: the periods and the articles they come from
// (docs/law/debt-position.md "Limitation"). Which rule applies and from when is worked out in
// position/limitation-position.ts; this file holds only the law's figures.
import type { CivilDate } from '../civil-date.js';

/** The 2017 reform's effective date: a claim whose cause is before it keeps the old law (改正民法附則10条1項・4項). */
export const civilCodeReformDate: CivilDate = '2020-04-01';

export type LimitationLaw = 'old-commercial' | 'old-civil' | 'new' | 'court-title';

export interface LimitationRule {
  law: LimitationLaw;
  years: number;
  /** The article, as a user reads it. */
  article: string;
  label: string;
}

export const limitationRules: Record<LimitationLaw, LimitationRule> = {
  'old-commercial': {
    law: 'old-commercial',
    years: 5,
    article: '旧商法522条(改正民法附則10条4項により2020年3月31日以前の契約に適用)',
    label: '商事債権(旧法)5年',
  },
  'old-civil': {
    law: 'old-civil',
    years: 10,
    article: '旧民法167条1項(改正民法附則10条4項により2020年3月31日以前の契約に適用)',
    label: '民事債権(旧法)10年',
  },
  new: {
    law: 'new',
    years: 5,
    article: '民法166条1項1号(権利を行使できることを知った時から5年)',
    label: '改正民法 5年',
  },
  'court-title': {
    law: 'court-title',
    years: 10,
    article: '民法169条1項(確定判決等で確定した権利は10年)',
    label: '判決等により10年',
  },
};

/** The articles each status and each event rests on, quoted wherever the status is shown. */
export const limitationArticles = {
  counting: '民法140条(初日不算入)・143条2項(応当日の前日に満了)',
  holiday: '民法142条(末日が休日なら翌日に満了)',
  acknowledgement: '民法152条1項(承認による時効の更新)',
  acknowledgementAfter: '最判昭和41年4月20日(時効完成後の承認は援用できない)',
  acceleration: '最判昭和42年6月23日(請求喪失は請求の時から進行)',
  shoppingAcceleration: '割賦販売法30条の2の4(20日以上の書面による催告)',
  invocation: '民法145条(時効の援用)',
  guarantor: '民法457条1項(主たる債務者の承認は保証人にも及ぶ)',
  cooperative: '最判昭和63年10月18日(信用金庫の貸付は商行為でない)・最判昭和48年10月5日(信用協同組合)',
} as const;

/**
 * 過払金返還請求権の消滅時効: 10 years from the end of the transaction where a 充当合意 exists
 * (最判H21.1.22). Since 2020-04-01 it is the earlier of 5 years from knowledge and 10 years
 * (民法166条1項); the 10-year date is the latest the claim can run, so it is what we can compute.
 */
export const overpaymentLimitation = {
  years: 10,
  source: '最判H21.1.22; 民法166条1項2号',
} as const;

/** 承認 (a payment, or any word admitting the debt) renews the period (民法152条1項). */
export const acknowledgementRenews = { source: '民法152条1項(承認による時効の更新)' } as const;
