// The API client: one fetch wrapper, one error type carrying the server's Japanese message and the
// fields at fault. Every answer's type is read from the server's routes (Hono's client types), never
// written again here.
import type { FieldProblem, RecalcJson, RecalcVariant } from '@wakai/core';
import type { ApiRoutes } from '@wakai/server';
import type { hc, InferResponseType } from 'hono/client';
import type { StatusCode } from 'hono/utils/http-status';
import { apiFetch } from './transport.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly problems: { code?: string; line?: number; column?: string; columnLetter?: string; ja: string }[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const isBytes = body instanceof Uint8Array || body instanceof Blob;
  let response: Response;
  try {
    response = await apiFetch(path, {
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

/** The routes as the typed client sees them (only their types are used: the fetch wrapper above does the calls). */
type Api = ReturnType<typeof hc<ApiRoutes>>;
type Answer<R, S extends StatusCode = 200> = R extends (...args: never[]) => unknown ? InferResponseType<R, S> : never;

type Case = Api['cases'][':caseId'];
type Creditor = Api['creditors'][':creditorId'];
type Contract = Api['contracts'][':contractId'];

/** One page of the case list (`?page=&limit=`); without them the route answers every case as an array. */
export type CaseListPage = Exclude<Answer<Api['cases']['$get']>, readonly unknown[]>;
export type CaseListItem = CaseListPage['items'][number];
export type CaseDetail = Answer<Case['$get']>;
export type StoredCase = CaseDetail['case'];
export type StoredCreditor = CaseDetail['creditors'][number];
export type StoredContract = StoredCreditor['contracts'][number];
export type Overview = Answer<Case['overview']['$get']>;
export type DiagnosisData = Answer<Case['diagnosis']['$get']>;
export type CaseNegotiationData = Answer<Case['negotiation']['$get']>;
export type CreditorNegotiationData = Answer<Creditor['negotiation']['$get']>;
export type StoredContact = CreditorNegotiationData['record']['contacts'][number];
export type StoredOffer = CreditorNegotiationData['record']['offers'][number];
export type AttachmentInfo = StoredContact['attachments'][number];
export type StoredHistory = Answer<Contract['transactions']['$get']>;
export type ImportPreview = Answer<Contract['import']['$post']>;
export type HistoryScanJob = Answer<Contract['scans'][':scanId']['$get']>;
export type LedgerVariants = Answer<Contract['recalc']['variants']['$get']>;
export type DeadlinesData = Answer<Api['deadlines']['$get']>;
export type DeadlineWindowData = Answer<Api['deadlines']['window']['$get']>;
export type DocumentChoices = Answer<Case['documents']['$get']>;
export type LetterheadData = Answer<Api['letterhead']['$get']>;
export type AuditPage = Answer<Case['audit']['$get']>;
export type AuditEntry = AuditPage['entries'][number];
export type TrashList = Answer<Case['trash']['$get']>;
export type TrashItem = TrashList['items'][number];
export type MergePreview = Answer<Case['import']['preview']['$post']>;
export type CreditorNotesData = Answer<Api['creditor-notes']['$get']>;
export type PreparationData = Answer<Creditor['preparation']['$get']>;
/** The ledger: the core's recalculation JSON (sent as text when its working and variants are left out). */
export type LedgerData = (RecalcJson & { variants?: RecalcVariant[] }) | { empty: true };
