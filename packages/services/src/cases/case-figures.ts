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

/** Every creditor's debt position on `on` (today), with the office's profession for the 140万 check. */
export async function casePositions(ctx: ServiceContext, stored: StoredCase, on: CivilDate = ctx.today()): Promise<CasePositions> {
  const [creditors, letterhead] = await Promise.all([creditorsWithFigures(ctx, stored.id, on), getLetterhead(ctx.db, stored.ownerId)]);
  const positions = debtPositions(creditors.map(positionCreditorOf), {
    on,
    profession: letterhead?.letterhead.profession ?? null,
    officeActs: stored.officeActs,
  });
  return { on, creditors, positions };
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
