// What is recorded while negotiating with a creditor: contacts, offers, the written agreement and
// the payments made under it. Shared by the API, the CLI and the web forms.
import { z } from 'zod';
import { choice, date, optionalDate, optionalYen, ratePercent, text, whole, yen } from '../case/fields.js';
import { isCivilDate } from '../civil-date.js';
import { holidayRules } from '../law/business-days.js';
import { negotiationStatuses } from './negotiation-status.js';

export const contactChannels = ['phone', 'fax', 'mail', 'email', 'meeting', 'upload'] as const;
export const contactChannelLabels: Record<(typeof contactChannels)[number], string> = {
  phone: '電話',
  fax: 'FAX',
  mail: '郵送',
  email: 'メール',
  meeting: '面談',
  /** A document the debtor handed in through Wakai. */
  upload: 'Wakaiで提出',
};
export const contactDirections = ['outgoing', 'incoming'] as const;
export const contactDirectionLabels: Record<(typeof contactDirections)[number], string> = { outgoing: 'こちらから', incoming: '先方から' };
/** What the creditor demanded in the contact: the coach explains a lump-sum demand or a lawsuit threat. */
export const contactDemands = ['none', 'lump-sum', 'lawsuit'] as const;
export type ContactDemand = (typeof contactDemands)[number];
export const contactDemandLabels: Record<ContactDemand, string> = {
  none: 'なし',
  'lump-sum': '一括で払うよう求められた',
  lawsuit: '訴訟(裁判)を起こすと言われた',
};

/** 'YYYY-MM-DDTHH:MM', Japan's wall-clock time (no zone: the case runs on Japanese dates). */
const dateTime = (label: string) =>
  z
    .string({ error: `${label}を入力してください` })
    .refine((value) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(value) && isCivilDate(value.slice(0, 10)), {
      error: `${label}は日付と時刻(YYYY-MM-DD HH:MM)で入力してください`,
    });

export const contactSchema = z
  .object({
    at: dateTime('日時'),
    channel: choice('連絡の方法', contactChannels),
    direction: choice('連絡の向き', contactDirections),
    person: text('先方の担当者', { max: 100 }),
    summary: text('内容', { max: 5000, required: true }),
    promises: text('約束したこと', { max: 2000 }),
    nextAction: text('次にすること', { max: 500 }),
    nextActionDue: optionalDate('次にすることの期限'),
    nextActionDone: z.boolean().default(false),
    /** Kept from the debtor who shares the case (the office's own notes of a call). */
    officeOnly: z.boolean({ error: '事務所内のみかどうかを選んでください' }).default(false),
    demand: choice('先方の請求', contactDemands).default('none'),
    /** 取立て行為(受任通知後): the creditor collected from the debtor after the notice (貸金業法21条1項9号). */
    collectionAfterNotice: z.boolean({ error: '受任通知後の取立てかどうかを選んでください' }).default(false),
  })
  .superRefine((contact, context) => {
    if (contact.nextActionDue !== null && contact.nextAction === '')
      context.addIssue({ code: 'custom', path: ['nextAction'], message: '期限を入れた場合は、次にすることを入力してください' });
  });

export const offerParties = ['creditor', 'debtor'] as const;
export const offerPartyLabels: Record<(typeof offerParties)[number], string> = { creditor: '債権者から', debtor: 'こちらから' };
export const offerStatuses = ['considering', 'accepted', 'rejected', 'countered'] as const;
export type OfferStatus = (typeof offerStatuses)[number];
export const offerStatusLabels: Record<OfferStatus, string> = {
  considering: '検討中',
  accepted: '受諾',
  rejected: '拒否',
  countered: '対案',
};

/**
 * 期限の利益喪失: the whole balance falls due when `misses` installments are unpaid past their due
 * dates and (where both are given) the unpaid amount reaches `amount` (docs/law/practice.md "Settlement
 * agreement": "支払を2回以上怠り、その額が○円に達したとき").
 */
export const accelerationClauseSchema = z
  .object({
    misses: whole('期限の利益喪失の回数', 1, 24).nullable().default(null),
    amount: optionalYen('期限の利益喪失の金額'),
  })
  .default({ misses: null, amount: null });

export const offerSchema = z
  .object({
    from: choice('提示した側', offerParties),
    madeOn: date('提示日'),
    /** 和解金額: the debt settled (principal, plus accrued interest where the offer includes it). */
    amount: yen('和解金額').min(1, { error: '和解金額を入力してください' }),
    accruedInterest: yen('うち経過利息').default(0),
    installments: whole('返済回数', 1, 600),
    monthly: yen('毎月の返済額').min(1, { error: '毎月の返済額を入力してください' }),
    firstPaymentDate: optionalDate('初回の返済日'),
    futureInterestRate: ratePercent('将来利息').default('0'),
    lateChargeRate: ratePercent('遅延損害金').nullable().default(null),
    acceleration: accelerationClauseSchema,
    /** 頭金・一括: paid on the first payment date, before the installments. */
    lumpSum: yen('頭金・一括払い').default(0),
    /** 据置: months between the first payment date and the first installment. */
    deferralMonths: whole('据置期間(月)', 0, 36).default(0),
    validUntil: optionalDate('回答期限'),
    status: choice('和解案の状態', offerStatuses).default('considering'),
    contactId: z.uuid({ error: '連絡記録の指定が正しくありません' }).nullable().default(null),
    note: text('メモ', { max: 2000 }),
  })
  .superRefine((offer, context) => {
    if (offer.lumpSum >= offer.amount) context.addIssue({ code: 'custom', path: ['lumpSum'], message: '頭金・一括払いが和解金額以上です' });
    if (offer.accruedInterest > offer.amount)
      context.addIssue({ code: 'custom', path: ['accruedInterest'], message: '経過利息が和解金額を超えています' });
  });

export const transferFeePayers = ['debtor', 'creditor', 'unspecified'] as const;

/** The written agreement (和解書) as signed: the terms the checklist compares with the accepted offer. */
export const agreementTermsSchema = z.object({
  signedOn: optionalDate('和解書の締結日'),
  settlementDate: optionalDate('和解日'),
  confirmedBalance: optionalYen('確認した債務額'),
  installments: whole('返済回数', 1, 600).nullable().default(null),
  monthly: optionalYen('毎月の返済額'),
  paymentDay: whole('毎月の支払日', 1, 31).nullable().default(null),
  firstPaymentDate: optionalDate('初回の支払日'),
  payeeAccount: text('振込先口座', { max: 200 }),
  transferFeePayer: choice('振込手数料の負担', transferFeePayers).default('unspecified'),
  forgiveness: z.boolean().default(false),
  acceleration: accelerationClauseSchema,
  lateChargeRate: ratePercent('遅延損害金').nullable().default(null),
  futureInterestRate: ratePercent('将来利息').default('0'),
  settlementClause: z.boolean().default(false),
  costsEachOwn: z.boolean().default(false),
  /**
   * 休日の扱い: what the agreement says of an installment due on a bank holiday; null where it says
   * nothing (the checklist asks for the clause, 民法142条). New agreements default to the next business day.
   */
  holidayRule: choice('休日の支払日の扱い', holidayRules).nullable().default('next-business-day'),
  note: text('メモ', { max: 2000 }),
});

export const paymentSchema = z.object({
  paidOn: date('支払日'),
  amount: yen('支払額').min(1, { error: '支払額を入力してください' }),
  note: text('メモ', { max: 500 }),
});

export const statusChangeSchema = z.object({
  to: choice('段階', negotiationStatuses),
  date: date('日付'),
  note: text('メモ', { max: 1000 }),
  successor: text('承継した会社', { max: 100 }),
});

export type ContactInput = z.infer<typeof contactSchema>;
export type OfferInput = z.infer<typeof offerSchema>;
export type AccelerationClause = z.infer<typeof accelerationClauseSchema>;
export type AgreementTerms = z.infer<typeof agreementTermsSchema>;
export type PaymentInput = z.infer<typeof paymentSchema>;
export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

/** Days each step may wait before it is flagged, where a case differs from defaultStepNorms. */
export const stepNormsSchema = z.partialRecord(z.enum(negotiationStatuses), whole('日数', 1, 3650));
export type StepNorms = z.infer<typeof stepNormsSchema>;
