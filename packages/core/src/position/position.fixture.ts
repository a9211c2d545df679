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

/**
 * Issue 17's servicer: it claims 450,000 for a 2012 card loan last paid 2019-03-01 (当然喪失 on one
 * miss, due on the 1st) — 5 years (旧商法522条) from 2019-04-01 have run by 2026-12-04.
 */
export function timeBarredServicer(on: CivilDate = '2026-12-04'): DebtPosition {
  return buildPosition({
    on,
    creditor: { kind: 'servicer', name: 'B債権回収', originalCreditor: { name: 'Cカード', kind: 'card' } },
    contracts: [
      {
        contractDate: '2012-06-01',
        claimedBalance: 450_000,
        lastPaymentDate: '2019-03-01',
        dueDay: 1,
        delinquent: true,
        limitation: { accelerationType: 'automatic', accelerationMisses: 1 },
      },
    ],
  });
}
