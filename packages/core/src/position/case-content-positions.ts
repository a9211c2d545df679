// The debt positions of a case file (the documents' and the CLI's input): the same computation the
// services make over stored rows, keyed by the creditor's place in the file.
import type { CaseContent } from '../case/case-file.js';
import type { Profession } from '../case/letterhead-schema.js';
import type { CivilDate } from '../civil-date.js';
import { debtPositions, type PositionCreditor } from './debt-position.js';
import { contractRecalcOptions, historyFigures } from './history-figures.js';
import type { DebtPosition } from './position-types.js';

/** The key a creditor of a case file has (the file has places, not ids). */
export const caseFileCreditorKey = (index: number) => `creditor-${index}`;

export interface CaseContentPositions {
  creditors: (PositionCreditor & { guarantorCompany: string })[];
  positions: DebtPosition[];
}

export function caseContentPositions(content: CaseContent, on: CivilDate, profession: Profession | null = null): CaseContentPositions {
  const creditors = content.creditors.map((creditor, index): PositionCreditor & { guarantorCompany: string } => ({
    ...creditor,
    id: caseFileCreditorKey(index),
    noticeSent: !['not-started', 'limitation-invoked'].includes(creditor.negotiation.status),
    contracts: creditor.contracts.map((contract) => ({
      ...contract,
      history: historyFigures(contract.transactions, contractRecalcOptions(contract), on),
    })),
  }));
  return { creditors, positions: debtPositions(creditors, { on, profession, officeActs: content.officeActs }) };
}
