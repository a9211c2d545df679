// What every document is built from: plain data the server or CLI already has (the case file's
// content, the sender's letterhead, the day), never database rows.
import type { CaseContent, CreditorNotes, LetterheadInput, PlanSettings } from '@wakai/core';
import type { CivilDate, Yen } from '@wakai/core/engine';

export { professionLabels, professions } from '@wakai/core';
export type Profession = LetterheadInput['profession'];

/** An office's letterhead, kept once per office and used by every letter it sends. */
export type OfficeLetterhead = LetterheadInput & { kind: 'office' };

/** The debtor writing for themselves: their own address and telephone (the name is the case's). */
export interface DebtorLetterhead {
  kind: 'debtor';
  postcode: string;
  address: string;
  tel: string;
  fax: string;
}

export type Letterhead = OfficeLetterhead | DebtorLetterhead;

/**
 * The debtor's particulars a creditor needs to find the account: not in the case file yet, so the
 * caller passes them (from the letterhead where the debtor writes, or the office's records).
 */
export interface DebtorParticulars {
  postcode: string;
  address: string;
  tel: string;
  formerNames: readonly string[];
  formerAddresses: readonly string[];
  /** 会員番号・契約番号 by creditor index, where known. */
  memberNumbers: Readonly<Record<number, string>>;
}

/** Per-document choices; each document reads the ones it needs and names the missing ones. */
export interface DocumentOptions {
  /** The creditor (index in the case) a per-creditor document is for; undefined: every creditor (a bundle). */
  creditor?: number;
  /** The contract (index within the creditor) for the 計算書, 過払金返還請求書 and 時効援用通知; default 0. */
  contract?: number;
  /** The procedure the 受任通知 announces; default 任意整理. */
  procedure?: 'voluntary' | 'bankruptcy' | 'rehabilitation';
  /** Date the 計算書 and 過払金 claim accrue to; default the contract's own as-of date, else the document date. */
  asOf?: CivilDate;
  /** 和解提案書: reply by this date. */
  replyBy?: CivilDate;
  /** 和解提案書 from the plan: the day of the month payments fall due (31: the month's last day). */
  paymentDay?: number;
  /** 和解提案書: who pays the transfer fee; default the debtor (stated in the letter). */
  transferFeePayer?: 'debtor' | 'creditor';
  /** 過払金返還請求書: the account to pay into ("○○銀行 ○○支店 普通 1234567 名義 …"). */
  payeeAccount?: string;
  /** 過払金返還請求書: pay by this date; 履行請求書: the deadline where the breach records none. */
  payBy?: CivilDate;
  /** 履行請求書: which of the creditor's breaches (index); default the latest unresolved. */
  breach?: number;
  /** The plan the 和解提案書 falls back on when the creditor has no offer (the diagnosis page's settings). */
  plan?: Partial<PlanSettings>;
  /** 按分: plan by a monthly amount split across creditors instead of a number of installments. */
  monthlyAmount?: Yen;
  safetyMargin?: Yen;
  /** 内容証明: the most sheets the text may take; default 2. */
  maxSheets?: number;
  /**
   * 和解提案書・和解契約書(案) for a debt whose limitation may have run or has run: the user confirmed
   * knowing that an offer acknowledges the debt and bars 援用 (民法152条1項; 最判昭和41年4月20日).
   */
  confirmTimeBarred?: boolean;
  /** 時効援用通知 where the limitation may have run: the user confirmed the facts the position lacks. */
  confirmLimitationFacts?: boolean;
  /** 準備シート: the office's own notes on creditors (per kind or per name). */
  creditorNotes?: CreditorNotes['notes'];
}

export interface DocumentInput {
  case: CaseContent;
  /** Who sends: the office, or the debtor for themselves; null where none is recorded yet. */
  letterhead: Letterhead | null;
  /** The document's date (today in Japan, from the caller: the documents read no clock). */
  today: CivilDate;
  debtor?: DebtorParticulars;
  options?: DocumentOptions;
}
