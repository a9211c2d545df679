// The portable case file (`wakai export` / `wakai import`, and the same in the UI): a versioned
// JSON document that carries every stored field of a case, so a debtor can hand it to an office.
import { z } from 'zod';
import {
  assetsSchema,
  budgetSchema,
  contractSchema,
  creditorSchema,
  debtorSchema,
  feeQuoteSchema,
  transactionsSchema,
} from './case-schema.js';
import { text } from './fields.js';

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
      }),
    )
    .max(200)
    .default([]),
  feeQuotes: z.array(feeQuoteSchema).max(20).default([]),
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
