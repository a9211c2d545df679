// The one pipeline every view of a case's figures starts from (overview, diagnosis, negotiation,
// documents): its creditors with each contract's history figures, and what the diagnosis reads.
import { type CivilDate, type ContractInput, type DiagnosisInput, diagnosisCreditors, type HistoryFigures } from '@wakai/core';
import { listCreditorsWithContracts, type StoredCase, type StoredContract, type StoredCreditor } from '@wakai/db';
import type { ServiceContext } from '../context.js';

export type ContractWithFigures = StoredContract & ContractInput & { history: HistoryFigures };
export type CreditorWithFigures = StoredCreditor & { contracts: ContractWithFigures[] };

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

/** What the diagnosis reads about a case on `today` (the plan settings come apart). */
export type CaseDiagnosisInput = Omit<DiagnosisInput, 'plan' | 'safetyMargin'>;

export function diagnosisInputOf(stored: StoredCase, creditors: readonly CreditorWithFigures[], today: CivilDate): CaseDiagnosisInput {
  return { today, debtor: stored.debtor, budget: stored.budget, assets: stored.assets, creditors: diagnosisCreditors(creditors) };
}
