// The API client: Hono's `hc` typed from the server's routes, so that every path, parameter, query,
// request body and answer is checked against them (no type written again here); one error type
// carrying the server's Japanese message and the fields at fault. Its transport is transport.ts:
// the Wakai server, or in the static build the API inside this browser.
import type { FieldProblem, HeaderColumns, RecalcJson, RecalcVariant } from '@wakai/core';
import type { ApiRoutes } from '@wakai/server';
import { type ClientResponse, hc, type InferResponseType } from 'hono/client';
import type { StatusCode } from 'hono/utils/http-status';
import { apiFetch } from './transport.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly problems: { code?: string; line?: number; column?: string; columnLetter?: string; ja: string }[] = [],
    /** The server's error code (AppErrorCode): what a page matches, never the message's wording. */
    readonly code: string | null = null,
    /** A refused import's header as read, so its columns can be taken otherwise. */
    readonly columns: HeaderColumns | null = null,
  ) {
    super(message);
  }
}

/** The typed client, e.g. `call(client.cases[':caseId'].$get({ param: { caseId } }))`; its paths are the API's under /api. */
export const client = hc<ApiRoutes>('/', {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => apiFetch(String(input), init),
});

/**
 * The answer of a request made with the client, as its route declares it; a refusal throws an
 * ApiError with the server's message, a request that reached no server one with status 0.
 */
export async function call<R extends ClientResponse<unknown, number, string>>(request: Promise<R>): Promise<JsonOf<R>> {
  let response: R;
  try {
    response = await request;
  } catch {
    throw new ApiError(0, 'サーバーに接続できません。Wakai が起動しているか確認してください');
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const error = json.error ?? {};
    throw new ApiError(
      response.status,
      error.message ?? `エラー (${response.status})`,
      error.fields ?? [],
      error.problems ?? [],
      error.code ?? null,
      error.columns ?? null,
    );
  }
  return json as JsonOf<R>;
}

/** The JSON a route answers (an answer of another format, a file or a text, adds nothing). */
export type JsonOf<R> = R extends ClientResponse<infer T, number, infer F> ? (F extends 'json' ? T : never) : never;

/** The version a save is made against: the record's as loaded (saving before it loaded is refused). */
export function loaded(version: number | undefined): number {
  if (version === undefined) throw new ApiError(0, '読み込みが終わってから、もう一度保存してください');
  return version;
}

/** The request's options for a file sent as its body (an import, an attachment), with its type if it has one. */
export function fileBody(file: Blob | Uint8Array, type?: string): { init: RequestInit; headers: Record<string, string> } {
  return { init: { body: file as BodyInit }, headers: type ? { 'content-type': type } : {} };
}

type Api = typeof client;
/** The JSON body a request function of the client takes. */
type BodyOf<F> = F extends (args: infer A, ...rest: never[]) => unknown ? (A extends { json: infer J } ? J : never) : never;

type Answer<R, S extends StatusCode = 200> = R extends (...args: never[]) => unknown ? InferResponseType<R, S> : never;

type Case = Api['cases'][':caseId'];
type Creditor = Api['creditors'][':creditorId'];
type Contract = Api['contracts'][':contractId'];

/** One page of the case list (`?page=&limit=`); without them the route answers every case as an array. */
export type Session = Answer<Api['session']['$get']>;
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

// The bodies of the creates whose fields a form collects by name (form.tsx): the form's values are
// sent as they are, and the server's schema checks them (its answer names the field at fault).
export type NewCaseBody = BodyOf<Api['cases']['$post']>;
export type NewCreditorBody = BodyOf<Case['creditors']['$post']>;
export type NewContractBody = BodyOf<Creditor['contracts']['$post']>;
export type NewContactBody = BodyOf<Creditor['contacts']['$post']>;
export type NewOfferBody = BodyOf<Creditor['offers']['$post']>;
export type NewPaymentBody = BodyOf<Creditor['payments']['$post']>;
export type NewBreachBody = BodyOf<Creditor['breaches']['$post']>;
export type StatusMoveBody = BodyOf<Creditor['status']['$post']>;
export type OfferEditBody = BodyOf<Api['offers'][':offerId']['$put']>;
/** A contract as GET /contracts/:id answers it (without the case view's transaction count). */
export type ContractRecord = Answer<Contract['$get']>;
