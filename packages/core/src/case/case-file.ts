// The portable case file (`wakai export` / `wakai import`, and the same in the UI): a versioned
// JSON document that carries every stored field of a case, so a debtor can hand it to an office.
import { z } from 'zod';
import { checklistStateSchema } from '../coach/consultation-checklist.js';
import { breachSchema } from '../negotiation/agreement-breach.js';
import { agreementTermsSchema, contactSchema, offerSchema, paymentSchema, statusChangeSchema } from '../negotiation/negotiation-schema.js';
import { type NegotiationStatus, negotiationStatuses } from '../negotiation/negotiation-status.js';
import {
  assetsSchema,
  budgetSchema,
  contractSchema,
  creditorSchema,
  debtorSchema,
  feeQuoteSchema,
  transactionsSchema,
} from './case-schema.js';
import { choice, date, text } from './fields.js';

/** A contact's attached file, carried in the case file as base64. */
export const fileAttachmentSchema = z.object({
  fileName: text('ファイル名', { max: 200, required: true }),
  contentType: text('ファイルの種類', { max: 100, required: true }),
  contentBase64: z.base64({ error: '添付ファイルの内容が正しくありません' }),
});

// Version-1 files written before the step took its glossary name (和解案送付 = `offer-sent`) say
// `proposal-sent`; they are read as the new name.
const renamedStatuses: Readonly<Record<string, NegotiationStatus>> = { 'proposal-sent': 'offer-sent' };

function fileStatus(label: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? (renamedStatuses[value] ?? value) : value),
    choice(label, negotiationStatuses),
  );
}

/** One creditor's negotiation in the case file: ids become positions (an offer names its contact by index). */
export const negotiationFileSchema = z.object({
  status: fileStatus('交渉の段階').default('not-started'),
  changes: z
    .array(statusChangeSchema.omit({ to: true }).extend({ status: fileStatus('段階') }))
    .max(200)
    .default([]),
  /** Steps taken back, each with its undo: the date, the note and the step it went back to (absent in older files). */
  undone: z
    .array(
      statusChangeSchema.omit({ to: true }).extend({
        status: fileStatus('取り消した段階'),
        undoneOn: date('取り消した日'),
        undoNote: text('取り消しのメモ', { max: 1000 }),
        undoneTo: fileStatus('取り消して戻した段階'),
      }),
    )
    .max(200)
    .default([]),
  contacts: z
    .array(contactSchema.safeExtend({ attachments: z.array(fileAttachmentSchema).max(20).default([]) }))
    .max(2000)
    .default([]),
  offers: z
    .array(z.object({ offer: offerSchema, contact: z.number().int().min(0).nullable().default(null) }))
    .max(500)
    .default([]),
  agreement: agreementTermsSchema.nullable().default(null),
  payments: z.array(paymentSchema).max(1200).default([]),
  /** Breaches of the agreement (absent in older files). */
  breaches: z.array(breachSchema).max(200).default([]),
});

export type NegotiationFile = z.infer<typeof negotiationFileSchema>;

export const CASE_FILE_FORMAT = 'wakai-case';
export const CASE_FILE_VERSION = 1;

export const caseContentSchema = z.object({
  title: text('案件名', { max: 200 }),
  debtor: debtorSchema,
  budget: budgetSchema.default({ monthly: { income: {}, spending: {} }, months: [] }),
  assets: assetsSchema.default({ cash: 0, deposits: [], cars: [], insurance: [], home: null, other: [] }),
  creditors: z
    .array(
      creditorSchema.extend({
        contracts: z
          .array(contractSchema.extend({ transactions: transactionsSchema.default([]) }))
          .max(50)
          .default([]),
        // A function, so that no two parsed cases share the defaulted arrays.
        negotiation: negotiationFileSchema.default(() => ({
          status: 'not-started' as const,
          changes: [],
          undone: [],
          contacts: [],
          offers: [],
          agreement: null,
          payments: [],
          breaches: [],
        })),
      }),
    )
    .max(200)
    .default([]),
  feeQuotes: z.array(feeQuoteSchema).max(20).default([]),
  /** Whether an office acts for the debtor (null: not stated). Absent in older files. */
  officeActs: z.boolean({ error: '事務所が代理しているかを選んでください' }).nullable().default(null),
  checklist: checklistStateSchema.default({ ticked: [], questions: [] }),
});

export const caseFileSchema = z.object({
  format: z.literal(CASE_FILE_FORMAT, { error: 'Wakai の案件ファイルではありません' }),
  version: z.literal(CASE_FILE_VERSION, { error: `この案件ファイルの版には対応していません(対応: ${CASE_FILE_VERSION})` }),
  exportedAt: z.string().default(''),
  case: caseContentSchema,
});

export type CaseContent = z.infer<typeof caseContentSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;

export function caseFile(content: CaseContent, exportedAt: string): CaseFile {
  return { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, exportedAt, case: content };
}
