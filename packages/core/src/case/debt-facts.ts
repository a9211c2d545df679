// The facts about one debt that its limitation and its regime turn on (docs/law/debt-position.md):
// what kind of credit it is, the acceleration clause, a court title, an acknowledgement. All
// optional with defaults, so that case files written before keep reading.
import { z } from 'zod';
import { fieldLabel } from './field-labels.js';
import { choice, optionalDate, text, whole } from './fields.js';

/** A loan; card shopping in installments or revolving (割賦販売法); a single-payment purchase. */
export const contractKinds = ['loan', 'shopping', 'shopping-single'] as const;
export type ContractKind = (typeof contractKinds)[number];

export const contractKindLabels: Record<ContractKind, string> = {
  loan: '借入れ(キャッシング・ローン)',
  shopping: 'ショッピング(分割・リボ)',
  'shopping-single': 'ショッピング(一括払い)',
};

/** 当然喪失: the clause itself ends the term on a missed payment; 請求喪失: only the creditor's demand does. */
export const accelerationTypes = ['automatic', 'on-demand'] as const;
export type AccelerationType = (typeof accelerationTypes)[number];

export const accelerationTypeLabels: Record<AccelerationType, string> = {
  automatic: '当然喪失(支払いを怠ると当然に期限の利益を失う)',
  'on-demand': '請求喪失(債権者の請求によって期限の利益を失う)',
};

/** Titles that make the period 10 years from when they became final (民法169条1項). */
export const courtTitleKinds = ['judgment', 'payment-order', 'court-settlement', 'conciliation'] as const;
export type CourtTitleKind = (typeof courtTitleKinds)[number];

export const courtTitleLabels: Record<CourtTitleKind, string> = {
  judgment: '確定判決',
  'payment-order': '支払督促(仮執行宣言付)',
  'court-settlement': '裁判上の和解',
  conciliation: '調停(特定調停を含む)',
};

export const limitationFactsSchema = z.object({
  accelerationType: choice('期限の利益喪失条項', accelerationTypes).nullable().default(null),
  /** How many missed installments the clause names (「2回以上怠ったとき」 → 2); 1 when it says one. */
  accelerationMisses: whole('期限の利益を失う遅れの回数', 1, 12).nullable().default(null),
  /** The day the term was lost (a 請求喪失 demand, or the day the clause names), where known. */
  acceleratedOn: optionalDate('期限の利益を失った日'),
  /** A guarantee company's 代位弁済: its own 求償権 runs from the day after. */
  subrogatedOn: optionalDate('代位弁済日'),
  courtTitle: choice('判決などの種類', courtTitleKinds).nullable().default(null),
  courtTitleOn: optionalDate('判決などが確定した日'),
  /** A payment, a request for a reduction or installments, a signed settlement (民法152条). */
  acknowledgedOn: optionalDate('債務を認めた日(承認)'),
  /** The debtor borrowed as a 商人 (for a business): 5 years under the old law even from a 信用金庫. */
  merchantBorrower: z.boolean().default(false),
});

export type LimitationFacts = z.infer<typeof limitationFactsSchema>;

export const emptyLimitationFacts: LimitationFacts = limitationFactsSchema.parse({});

/** Whose claim a servicer (or another buyer) now holds: decides the old law and 貸金業法24条2項. */
export const originalCreditorSchema = z
  .object({
    name: text(fieldLabel('creditor', 'originalCreditor.name'), { max: 100 }),
    kind: choice(fieldLabel('creditor', 'originalCreditor.kind'), [
      'bank',
      'card',
      'consumer-finance',
      'guarantor-company',
      'cooperative',
      'other',
    ] as const),
  })
  .nullable()
  .default(null);
export type OriginalCreditor = z.infer<typeof originalCreditorSchema>;
