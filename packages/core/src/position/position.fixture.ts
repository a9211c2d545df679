// Test helper: a debt position from a few typed facts, through the same computation the services
// and documents use (histories recalculated, limitation counted, regime decided).
import { contractSchema, transactionsSchema } from '../case/case-schema.js';
import type { OriginalCreditor } from '../case/debt-facts.js';
import type { Profession } from '../case/letterhead-schema.js';
import type { CivilDate } from '../civil-date.js';
import { debtPosition, type PositionContract } from './debt-position.js';
import { historyFigures } from './history-figures.js';
import type { DebtPosition } from './position-types.js';

export interface PositionFixture {
  creditor?: {
    id?: string;
    name?: string;
    kind?: string;
    originalCreditor?: OriginalCreditor;
    inPlan?: boolean | null;
    noticeSent?: boolean;
  };
  /** Each contract's fields as a user types them, with its history rows if any. */
  contracts?: (Record<string, unknown> & { transactions?: unknown[] })[];
  on: CivilDate;
  profession?: Profession | null;
  officeActs?: boolean | null;
}

export function fixtureContract(fields: Record<string, unknown> & { transactions?: unknown[] }, on: CivilDate): PositionContract {
  const { transactions = [], ...rest } = fields;
  const contract = contractSchema.parse(rest);
  return { ...contract, history: historyFigures(transactionsSchema.parse(transactions), contract.recalcOptions, on) };
}

export function buildPosition({
  creditor = {},
  contracts = [{}],
  on,
  profession = null,
  officeActs = null,
}: PositionFixture): DebtPosition {
  return debtPosition(
    {
      id: creditor.id ?? 'c1',
      name: creditor.name ?? 'A社',
      kind: creditor.kind ?? 'consumer-finance',
      originalCreditor: creditor.originalCreditor ?? null,
      inPlan: creditor.inPlan ?? null,
      noticeSent: creditor.noticeSent ?? false,
      contracts: contracts.map((c) => fixtureContract(c, on)),
    },
    { on, profession, officeActs },
  );
}
