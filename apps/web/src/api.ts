// The API client: one fetch wrapper, one error type carrying the server's Japanese message and the
// fields at fault. Types mirror the server's JSON.
import type { Assets, Budget, CaseOverview, ContractInput, CreditorInput, Debtor, FieldProblem, TransactionInput } from '@wakai/core';

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

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const isBytes = body instanceof Uint8Array || body instanceof Blob;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: body === undefined || isBytes ? {} : { 'content-type': 'application/json' },
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
  updatedAt: string;
}

export interface CaseListItem {
  id: string;
  title: string;
  debtorName: string;
  creditors: number;
  updatedAt: string;
}

export type StoredContract = ContractInput & { id: string; creditorId: string; version: number; transactionCount?: number };
export type StoredCreditor = CreditorInput & { id: string; caseId: string; version: number; contracts: StoredContract[] };
export type CaseDetail = { case: StoredCase; creditors: StoredCreditor[] };
export type Overview = Omit<CaseOverview, 'creditors'> & {
  creditors: (CaseOverview['creditors'][number] & { id: string; kind: string })[];
};
export type { TransactionInput };

export interface ImportPreview {
  saved: boolean;
  transactions: (TransactionInput & { line?: number })[];
  asOf: string | null;
  ignoredColumns: string[];
}
