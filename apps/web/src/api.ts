// The API client: one fetch wrapper, one error type carrying the server's Japanese message and the
// fields at fault. Types mirror the server's JSON.
import type {
  AgreementTerms,
  Assets,
  Budget,
  CaseOverview,
  ContactInput,
  ContractInput,
  CreditorInput,
  Deadline,
  Debtor,
  FieldProblem,
  NegotiationStatus,
  NegotiationView,
  OfferContext,
  OfferInput,
  PaymentInput,
  TransactionInput,
} from '@wakai/core';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly problems: { line?: number; column?: string; columnLetter?: string; ja: string }[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const isBytes = body instanceof Uint8Array || body instanceof Blob;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: body === undefined || isBytes ? headers : { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: isBytes ? (body as BodyInit) : JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'サーバーに接続できません。Wakai が起動しているか確認してください');
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const error = json.error ?? {};
    throw new ApiError(response.status, error.message ?? `エラー (${response.status})`, error.fields ?? [], error.problems ?? []);
  }
  return json as T;
}

export interface StoredCase {
  id: string;
  title: string;
  debtor: Debtor;
  budget: Budget;
  assets: Assets;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseListItem {
  id: string;
  title: string;
  debtorName: string;
  debtorKana: string;
  birthDate: string | null;
  prefecture: string | null;
  creditors: number;
  createdAt: string;
  updatedAt: string;
}

/** A contract's history with the version a save must carry. */
export interface StoredHistory {
  version: number;
  transactions: TransactionInput[];
}

export type StoredContract = ContractInput & {
  id: string;
  creditorId: string;
  version: number;
  historyVersion: number;
  transactionCount?: number;
};
export type StoredCreditor = CreditorInput & {
  id: string;
  caseId: string;
  version: number;
  status: NegotiationStatus;
  contracts: StoredContract[];
};
export type CaseDetail = { case: StoredCase; creditors: StoredCreditor[] };
export type Overview = Omit<CaseOverview, 'creditors'> & {
  creditors: (CaseOverview['creditors'][number] & { id: string; kind: string })[];
};
export type { TransactionInput };

export interface ImportPreview {
  saved: boolean;
  /** The history's version after the import (or now, for a preview). */
  version: number;
  transactions: (TransactionInput & { line?: number })[];
  asOf: string | null;
  ignoredColumns: string[];
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

export type StoredContact = ContactInput & { id: string; version: number; attachments: AttachmentInfo[] };
export type StoredOffer = OfferInput & { id: string; version: number };

/** One creditor's negotiation as GET /creditors/:id/negotiation returns it. */
export interface CreditorNegotiationData {
  today: string;
  case: { id: string; title: string; debtorName: string };
  creditor: Omit<StoredCreditor, 'contracts'>;
  record: {
    changes: { id: string; status: NegotiationStatus; date: string; note: string; successor: string }[];
    contacts: StoredContact[];
    offers: StoredOffer[];
    agreement: AgreementTerms | null;
    agreementVersion: number | null;
    payments: (PaymentInput & { id: string })[];
  };
  context: OfferContext;
  view: NegotiationView;
  deadlines: Deadline[];
}

export interface CaseNegotiationData {
  today: string;
  case: { id: string; title: string; debtorName: string; stepNorms: Partial<Record<NegotiationStatus, number>>; version: number };
  creditors: Omit<CreditorNegotiationData, 'today' | 'case'>[];
}

export interface DeadlinesData {
  today: string;
  days: number;
  overdue: Deadline[];
  dueToday: Deadline[];
  thisWeek: Deadline[];
  later: Deadline[];
}
