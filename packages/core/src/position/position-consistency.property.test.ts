// One truth per debt (issue 17 acceptance): over generated cases, every creditor's debt, settlement
// base and overpayment are the same number in the overview, the diagnosis and its plan, the offer
// context and the preparation sheet — all read from the one position (PRACTICE "One debt, one position").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseContentSchema } from '../case/case-file.js';
import { caseOverview, diagnosisCreditors } from '../case/case-overview.js';
import { diagnose } from '../diagnosis/procedure-comparison.js';
import { offerContextFor } from '../negotiation/offer-judgement.js';
import { preparationSheet, sheetFactsOf } from '../negotiation/preparation-sheet.js';
import { caseContentPositions } from './case-content-positions.js';

const today = '2026-12-04';
const day = fc.integer({ min: 0, max: 6000 }).map((n) => new Date(Date.UTC(2005, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

const contract = fc.record({
  claimedBalance: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
  contractDate: fc.option(day, { nil: null }),
  lastPaymentDate: fc.option(day, { nil: null }),
  dueDay: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
  delinquent: fc.boolean(),
  monthlyPayment: fc.option(fc.integer({ min: 0, max: 80_000 }), { nil: null }),
  limitation: fc.record({ accelerationType: fc.constantFrom(null, 'automatic', 'on-demand') }),
  transactions: fc.option(
    fc.tuple(day, fc.integer({ min: 10_000, max: 1_500_000 }), fc.array(fc.integer({ min: 1_000, max: 60_000 }), { maxLength: 30 })),
    { nil: null },
  ),
});

const creditor = fc.record({
  name: fc.constantFrom('A社', 'B銀行', 'C信用金庫', 'D債権回収', '山田太郎'),
  kind: fc.constantFrom('consumer-finance', 'bank', 'cooperative', 'servicer', 'individual', 'card'),
  contracts: fc.array(contract, { minLength: 1, maxLength: 2 }),
});

type GeneratedCreditor = typeof creditor extends fc.Arbitrary<infer T> ? T : never;

function content(creditors: GeneratedCreditor[]) {
  return caseContentSchema.parse({
    debtor: { name: '試験 花子' },
    budget: { monthly: { income: { salaryApplicant: 300_000 }, spending: { rent: 90_000, food: 60_000 } } },
    creditors: creditors.map((c) => ({
      ...c,
      contracts: c.contracts.map(({ transactions, ...k }) => {
        if (!transactions) return k;
        const [start, borrow, repays] = transactions;
        const startDay = Date.parse(start);
        const rows = [
          { date: start, borrow },
          ...repays.map((repay, i) => ({ date: new Date(startDay + (i + 1) * 30 * 86_400_000).toISOString().slice(0, 10), repay })),
        ].filter((row) => row.date <= today);
        return { ...k, transactions: rows };
      }),
    })),
  });
}

describe('one position per debt, read the same everywhere', () => {
  it('the overview, the diagnosis, the plan, the offer context and the sheet agree with the position', () => {
    fc.assert(
      fc.property(fc.array(creditor, { minLength: 1, maxLength: 4 }), (generated) => {
        const file = content(generated);
        const { creditors, positions } = caseContentPositions(file, today);
        const overview = caseOverview(positions, file.budget);
        const input = { today, debtor: file.debtor, budget: file.budget, assets: file.assets };
        const diagnosis = diagnose({ ...input, creditors: diagnosisCreditors(positions, creditors), plan: {}, safetyMargin: 0 });
        positions.forEach((position, index) => {
          // The settlement base never exceeds what is claimed, contract by contract.
          for (const c of position.contracts) if (c.claimed !== null) expect(c.settlementBase).toBeLessThanOrEqual(c.claimed);
          expect(overview.creditors[index]?.debt).toBe(position.settlementBase);
          expect(overview.creditors[index]?.overpaymentClaim).toBe(position.overpayment.recoverable);
          const planned = diagnosis.plan.creditors.find((c) => c.key === position.creditorId);
          const owedAfterSetOff = position.settlementBase - Math.min(position.settlementBase, position.overpayment.recoverable);
          if (position.plan.included && owedAfterSetOff > 0) expect(planned?.debt).toBe(owedAfterSetOff);
          else expect(planned).toBeUndefined();
          const context = offerContextFor(diagnosis, position, today);
          expect(context.debt).toBe(position.settlementBase);
          const sheet = preparationSheet({
            today,
            debtorName: file.debtor.name,
            creditor: { name: position.name, kind: position.creditorKind, contractNumbers: [] },
            position,
            sustainable: context.sustainable,
            share: context.share,
            startMonth: '2027-01',
            facts: sheetFactsOf(file.debtor, file.budget),
          });
          expect(sheet.debt.recalculated).toBe(position.settlementBase);
          expect(sheet.debt.overpaymentClaim).toBe(position.overpayment.recoverable);
          // A debt that may be time-barred is offered nothing.
          const barred = position.limitationStatus === 'has-run' || position.limitationStatus === 'may-have-run';
          expect(sheet.opening === null).toBe(barred);
        });
      }),
      { numRuns: 150 },
    );
  });
});
