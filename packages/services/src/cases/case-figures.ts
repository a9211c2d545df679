// The one pipeline every view of a case's figures starts from (overview, diagnosis, negotiation,
// documents): its creditors with each contract's history figures on a date, and each creditor's
// debt position — computed here once and read by everything that shows or uses a debt.
import {
  type CivilDate,
  type ContractInput,
  type DebtPosition,
  type DiagnosisInput,
  debtPositions,
  diagnosisCreditors,
  type HistoryFigures,
  type NegotiationStatus,
  type PositionCreditor,
} from '@wakai/core';
import { getLetterhead, listCreditorsWithContracts, type StoredCase, type StoredContract, type StoredCreditor } from '@wakai/db';
import type { ServiceContext } from '../context.js';

export type ContractWithFigures = StoredContract & ContractInput & { history: HistoryFigures };
export type CreditorWithFigures = StoredCreditor & { contracts: ContractWithFigures[] };

export interface CasePositions {
  on: CivilDate;
  creditors: CreditorWithFigures[];
  /** In the creditors' order. */
  positions: DebtPosition[];
}

/** The case's creditors in order, each contract with its history's figures (経過利息 up to `accruedTo`, if given). */
export async function creditorsWithFigures(ctx: ServiceContext, caseId: string, accruedTo?: CivilDate): Promise<CreditorWithFigures[]> {
  const creditors = await listCreditorsWithContracts(ctx.db, caseId);
  const figures = await ctx.figures(
    ctx.db,
    creditors.flatMap((creditor) => creditor.contracts),
    accruedTo,
  );
  return creditors.map((creditor) => ({
    ...creditor,
    contracts: creditor.contracts.map((contract) => ({ ...contract, history: figures.get(contract.id) as HistoryFigures })),
  }));
}

/** Past the 受任通知 (every step after 未着手 but 時効援用 passes through it). */
const beforeNotice: readonly NegotiationStatus[] = ['not-started', 'limitation-invoked'];

export function positionCreditorOf(creditor: CreditorWithFigures): PositionCreditor {
  return { ...creditor, noticeSent: !beforeNotice.includes(creditor.status) };
}

/** Positions computed per context (one database), by case revision, day and profession: a case's reads share one. */
const computed = new WeakMap<ServiceContext, Map<string, Promise<CasePositions>>>();
const MAX_CASES = 500;

/**
 * Every creditor's debt position on `on` (today), with the office's profession for the 140万 check:
 * computed once per case revision and day (every write touches the revision), then read.
 */
export async function casePositions(ctx: ServiceContext, stored: StoredCase, on: CivilDate = ctx.today()): Promise<CasePositions> {
  const profession = (await getLetterhead(ctx.db, stored.ownerId))?.letterhead.profession ?? null;
  const cache = computed.get(ctx) ?? new Map<string, Promise<CasePositions>>();
  computed.set(ctx, cache);
  const key = `${stored.id}:${stored.revision}:${stored.version}:${on}:${profession}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const made = creditorsWithFigures(ctx, stored.id, on).then((creditors) => ({
    on,
    creditors,
    positions: debtPositions(creditors.map(positionCreditorOf), { on, profession, officeActs: stored.officeActs }),
  }));
  if (cache.size >= MAX_CASES) cache.delete(cache.keys().next().value as string);
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  return made;
}

/** What the diagnosis reads about a case on `today` (the plan settings come apart). */
export type CaseDiagnosisInput = Omit<DiagnosisInput, 'plan' | 'safetyMargin'>;

export function diagnosisInputOf(stored: StoredCase, { on, creditors, positions }: CasePositions): CaseDiagnosisInput {
  return {
    today: on,
    debtor: stored.debtor,
    budget: stored.budget,
    assets: stored.assets,
    creditors: diagnosisCreditors(positions, creditors),
  };
}
