// The figures of the alternatives to 任意整理 that the comparison shows (docs/law/practice.md,
// "Alternatives" and "Credit records"). Typical amounts are editable defaults, never law. The
// `source` texts are shown to users: they name the statute or practice, never our own files.
import type { Yen } from '../money.js';

export const procedureFacts = {
  rehabilitation: {
    /** Unsecured debt (the mortgage excluded) up to this amount (民事再生法221条1項). */
    debtLimit: 50_000_000 as Yen,
    /** Plan period: 3 years, up to 5 for special reasons (229条2項2号); payments at least every 3 months. */
    months: 36,
    maxMonths: 60,
    costs: { stamp: 10_000 as Yen, gazette: 12_000 as Yen, supervisorTypical: [150_000, 200_000] as const },
    source: '民事再生法221条・229条・231条・241条; 予納金・再生委員報酬は東京地裁の運用例(目安)',
  },
  bankruptcy: {
    stamp: 1_500 as Yen,
    /** 少額管財の引継予納金 (lawyer-filed), 管財 at least. */
    smallAdministrationDeposit: 200_000 as Yen,
    fullAdministrationDeposit: 500_000 as Yen,
    /** Typical length of the procedure: 同時廃止 about 3 months, 管財 4–6 months or more. */
    summaryMonths: 3,
    administrationMonths: [4, 6] as const,
    /** 自由財産: cash up to 99万 (破産法34条3項1号、民事執行法131条3号・施行令1条). */
    freeCash: 990_000 as Yen,
    /** Tokyo practice: a deposit, car or insurance surrender value under 20万 each is kept. */
    smallItemLimit: 200_000 as Yen,
    source: '破産法34条・252条・253条; 予納金・換価基準は東京地裁の運用例',
  },
  mediation: {
    stampPerCreditor: 500 as Yen,
    postagePerCreditor: 430 as Yen,
    /** Settlements are typically over 3 years, without interest: a longer plan may not be accepted. */
    typicalMonths: 36,
    typicalMonthsSource: '特定調停の実務の目安(返済はおおむね3年・利息なし)',
    source: '特定債務等の調整の促進のための特定調停に関する法律; 手数料は目安',
  },
  creditRecords: {
    /** Years after the contract ends (CIC, JICC) and after the decision (KSC 官報 data). */
    cicYearsAfterEnd: 5,
    jiccYearsAfterEnd: 5,
    kscYearsAfterGazette: 7,
    kscYearsOther: 5,
    source: 'CIC・JICC・全国銀行個人信用情報センター(KSC)の登録期間(各社の公表内容、推定)',
  },
} as const;
