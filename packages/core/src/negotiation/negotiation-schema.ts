// What is recorded while negotiating with a creditor: contacts, offers, the written agreement and
// the payments made under it. Shared by the API, the CLI and the web forms.
import { z } from 'zod';
import { fieldLabel } from '../case/field-labels.js';
import { choice, date, optionalDate, optionalYen, ratePercent, text, whole, yen } from '../case/fields.js';
import { isCivilDate } from '../civil-date.js';
import { holidayRules } from '../law/business-days.js';
import { negotiationStatuses } from './negotiation-status.js';

// A field's name in an error is the one the forms, the 変更履歴 and the CLI show (the core's one map).
const contactLabel = (field: string) => fieldLabel('contact', field);
const offerLabel = (field: string) => fieldLabel('offer', field);
const agreementLabel = (field: string) => fieldLabel('agreement', field);
const paymentLabel = (field: string) => fieldLabel('payment', field);
const statusLabel = (field: string) => fieldLabel('status', field);

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
    at: dateTime(contactLabel('at')),
    channel: choice(contactLabel('channel'), contactChannels),
    direction: choice(contactLabel('direction'), contactDirections),
    person: text(contactLabel('person'), { max: 100 }),
    summary: text(contactLabel('summary'), { max: 5000, required: true }),
    promises: text(contactLabel('promises'), { max: 2000 }),
    nextAction: text(contactLabel('nextAction'), { max: 500 }),
    nextActionDue: optionalDate(contactLabel('nextActionDue')),
    nextActionDone: z.boolean({ error: `${contactLabel('nextActionDone')}を選んでください` }).default(false),
    /** Kept from the debtor who shares the case (the office's own notes of a call). */
    officeOnly: z.boolean({ error: `${contactLabel('officeOnly')}かどうかを選んでください` }).default(false),
    demand: choice(contactLabel('demand'), contactDemands).default('none'),
    /** 取立て行為(受任通知後): the creditor collected from the debtor after the notice (貸金業法21条1項9号). */
    collectionAfterNotice: z.boolean({ error: `${contactLabel('collectionAfterNotice')}かどうかを選んでください` }).default(false),
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
    misses: whole(offerLabel('acceleration.misses'), 1, 24).nullable().default(null),
    amount: optionalYen(offerLabel('acceleration.amount')),
  })
  .default({ misses: null, amount: null });

export const offerSchema = z
  .object({
    from: choice(offerLabel('from'), offerParties),
    madeOn: date(offerLabel('madeOn')),
    /** 和解金額: the debt settled (principal, plus accrued interest where the offer includes it). */
    amount: yen(offerLabel('amount')).min(1, { error: `${offerLabel('amount')}を入力してください` }),
    accruedInterest: yen(offerLabel('accruedInterest')).default(0),
    installments: whole(offerLabel('installments'), 1, 600),
    monthly: yen(offerLabel('monthly')).min(1, { error: `${offerLabel('monthly')}を入力してください` }),
    firstPaymentDate: optionalDate(offerLabel('firstPaymentDate')),
    futureInterestRate: ratePercent(offerLabel('futureInterestRate')).default('0'),
    lateChargeRate: ratePercent(offerLabel('lateChargeRate')).nullable().default(null),
    acceleration: accelerationClauseSchema,
    /** 頭金・一括: paid on the first payment date, before the installments. */
    lumpSum: yen(offerLabel('lumpSum')).default(0),
    /** 据置: months between the first payment date and the first installment. */
    deferralMonths: whole(offerLabel('deferralMonths'), 0, 36).default(0),
    validUntil: optionalDate(offerLabel('validUntil')),
    status: choice(offerLabel('status'), offerStatuses).default('considering'),
    contactId: z
      .uuid({ error: `${offerLabel('contactId')}の指定が正しくありません` })
      .nullable()
      .default(null),
    note: text(offerLabel('note'), { max: 2000 }),
  })
  .superRefine((offer, context) => {
    if (offer.lumpSum >= offer.amount) context.addIssue({ code: 'custom', path: ['lumpSum'], message: '頭金・一括払いが和解金額以上です' });
    if (offer.accruedInterest > offer.amount)
      context.addIssue({ code: 'custom', path: ['accruedInterest'], message: '経過利息が和解金額を超えています' });
  });

export const transferFeePayers = ['debtor', 'creditor', 'unspecified'] as const;

/** The written agreement (和解書) as signed: the terms the checklist compares with the accepted offer. */
export const agreementTermsSchema = z.object({
  signedOn: optionalDate(agreementLabel('signedOn')),
  settlementDate: optionalDate(agreementLabel('settlementDate')),
  confirmedBalance: optionalYen(agreementLabel('confirmedBalance')),
  installments: whole(agreementLabel('installments'), 1, 600).nullable().default(null),
  monthly: optionalYen(agreementLabel('monthly')),
  paymentDay: whole(agreementLabel('paymentDay'), 1, 31).nullable().default(null),
  firstPaymentDate: optionalDate(agreementLabel('firstPaymentDate')),
  payeeAccount: text(agreementLabel('payeeAccount'), { max: 200 }),
  transferFeePayer: choice(agreementLabel('transferFeePayer'), transferFeePayers).default('unspecified'),
  forgiveness: z.boolean({ error: `${agreementLabel('forgiveness')}の有無を選んでください` }).default(false),
  acceleration: accelerationClauseSchema,
  lateChargeRate: ratePercent(agreementLabel('lateChargeRate')).nullable().default(null),
  futureInterestRate: ratePercent(agreementLabel('futureInterestRate')).default('0'),
  settlementClause: z.boolean({ error: `${agreementLabel('settlementClause')}の有無を選んでください` }).default(false),
  costsEachOwn: z.boolean({ error: `${agreementLabel('costsEachOwn')}かどうかを選んでください` }).default(false),
  /**
   * 休日の扱い: what the agreement says of an installment due on a bank holiday; null where it says
   * nothing (the checklist asks for the clause, 民法142条). New agreements default to the next business day.
   */
  holidayRule: choice(agreementLabel('holidayRule'), holidayRules).nullable().default('next-business-day'),
  note: text(agreementLabel('note'), { max: 2000 }),
});

export const paymentSchema = z.object({
  paidOn: date(paymentLabel('paidOn')),
  amount: yen(paymentLabel('amount')).min(1, { error: `${paymentLabel('amount')}を入力してください` }),
  note: text(paymentLabel('note'), { max: 500 }),
});

export const statusChangeSchema = z.object({
  to: choice(statusLabel('to'), negotiationStatuses),
  date: date(statusLabel('date')),
  note: text(statusLabel('note'), { max: 1000 }),
  successor: text(statusLabel('successor'), { max: 100 }),
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
