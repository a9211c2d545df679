// The documents Wakai produces, as the CLI and API name them (docs/glossary.md "Documents"), with the
// formats each comes in: PDF for what is sent, .docx for what offices edit, .xlsx for sheets.
export const documentKinds = [
  'engagement-notice',
  'history-request',
  'recalc-statement',
  'offer-letter',
  'settlement-agreement',
  'overpayment-claim',
  'limitation-notice',
  'performance-demand',
  'creditor-list',
  'household-budget',
  'asset-list',
  'negotiation-report',
  'preparation-sheet',
] as const;

export type DocumentKind = (typeof documentKinds)[number];

export const documentFormats = ['pdf', 'docx', 'xlsx'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/**
 * `one`: needs a creditor (`options.creditor`); `one-or-all`: one creditor, or every creditor in
 * one file when none is chosen; `case`: the whole case.
 */
export type CreditorScope = 'one' | 'one-or-all' | 'case';

export interface DocumentKindInfo {
  kind: DocumentKind;
  label: string;
  /** The first is the default. */
  formats: readonly DocumentFormat[];
  creditors: CreditorScope;
  /** Where a contract is chosen too (`options.contract`, default the first). */
  perContract: boolean;
}

export const documentCatalog: Readonly<Record<DocumentKind, DocumentKindInfo>> = {
  'engagement-notice': {
    kind: 'engagement-notice',
    label: '受任通知',
    formats: ['pdf', 'docx'],
    creditors: 'one-or-all',
    perContract: false,
  },
  'history-request': {
    kind: 'history-request',
    label: '取引履歴開示請求書',
    formats: ['pdf', 'docx'],
    creditors: 'one-or-all',
    perContract: false,
  },
  'recalc-statement': { kind: 'recalc-statement', label: '引き直し計算書', formats: ['pdf', 'xlsx'], creditors: 'one', perContract: true },
  'offer-letter': { kind: 'offer-letter', label: '和解提案書', formats: ['pdf', 'docx'], creditors: 'one', perContract: false },
  'settlement-agreement': {
    kind: 'settlement-agreement',
    label: '和解契約書(案)',
    formats: ['docx', 'pdf'],
    creditors: 'one',
    perContract: false,
  },
  'overpayment-claim': {
    kind: 'overpayment-claim',
    label: '過払金返還請求書',
    formats: ['pdf', 'docx'],
    creditors: 'one',
    perContract: true,
  },
  'limitation-notice': { kind: 'limitation-notice', label: '時効援用通知', formats: ['pdf', 'docx'], creditors: 'one', perContract: true },
  'performance-demand': {
    kind: 'performance-demand',
    label: '和解内容の履行請求書',
    formats: ['pdf', 'docx'],
    creditors: 'one',
    perContract: false,
  },
  'creditor-list': { kind: 'creditor-list', label: '債権者一覧表', formats: ['pdf', 'xlsx'], creditors: 'case', perContract: false },
  'household-budget': { kind: 'household-budget', label: '家計収支表', formats: ['pdf', 'xlsx'], creditors: 'case', perContract: false },
  'asset-list': { kind: 'asset-list', label: '財産目録', formats: ['pdf', 'xlsx'], creditors: 'case', perContract: false },
  'negotiation-report': {
    kind: 'negotiation-report',
    label: '交渉記録',
    formats: ['pdf', 'docx'],
    creditors: 'one-or-all',
    perContract: false,
  },
  'preparation-sheet': { kind: 'preparation-sheet', label: '交渉の準備シート', formats: ['pdf'], creditors: 'one', perContract: false },
};

export function isDocumentKind(value: string): value is DocumentKind {
  return (documentKinds as readonly string[]).includes(value);
}

export const contentTypes: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
