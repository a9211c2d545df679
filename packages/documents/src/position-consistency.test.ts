// Issue 17's consistency test: over generated cases, every creditor's debt (the settlement base)
// and overpayment read the same in the 債権者一覧表, the 和解提案書, the 過払金返還請求書 and the
// 財産目録 — read back from the PDFs with pdftotext — and equal the debt position's. Property-based
// (fast-check): histories that end overpaid or owing, claims above and below the recalculation.
import { type CaseContent, caseContentSchema, type DebtPosition } from '@wakai/core';
import { formatYen } from '@wakai/core/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFigures } from './case-figures.js';
import type { DocumentInput } from './document-input.js';
import type { DocumentKind } from './document-kinds.js';
import { completedDemoCase, office, particulars, TODAY } from './documents.fixture.js';
import { pdfText, withPdf } from './pdf-checks.fixture.js';
import { renderDocument } from './render-document.js';

/** Names and addresses without digits, so that a row's numbers are its amounts. */
const names = ['アオイ商事', 'イロハ信販', 'ウミネコ銀行'];

const creditorArbitrary = fc.record({
  kind: fc.constantFrom('consumer-finance', 'card', 'bank'),
  claimed: fc.option(
    fc.integer({ min: 50, max: 1_300 }).map((k) => k * 1_000),
    { nil: null },
  ),
  history: fc.option(
    fc.record({
      startYear: fc.integer({ min: 2018, max: 2020 }),
      borrowed: fc.integer({ min: 100, max: 1_500 }).map((k) => k * 1_000),
      repaid: fc.integer({ min: 5, max: 40 }).map((k) => k * 1_000),
      months: fc.integer({ min: 48, max: 70 }),
      rate: fc.constantFrom('18', '29.2'),
    }),
    { nil: null },
  ),
});

type Generated = typeof creditorArbitrary extends fc.Arbitrary<infer T> ? T : never;

function monthsFrom(year: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${year + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}-27`);
}

function generatedCase(creditors: readonly Generated[]): CaseContent {
  const base = completedDemoCase();
  return caseContentSchema.parse({
    ...base,
    assets: { ...base.assets, other: [] },
    creditors: creditors.map((c, i) => {
      const transactions = c.history
        ? [
            { date: `${c.history.startYear}-01-10`, borrow: c.history.borrowed },
            ...monthsFrom(c.history.startYear, c.history.months).map((date) => ({ date, repay: c.history?.repaid ?? 0 })),
          ]
        : [];
      return {
        name: names[i],
        kind: c.kind,
        contact: { address: '東京都千代田区丸の内' },
        contracts: [
          {
            label: '',
            contractDate: `${c.history?.startYear ?? 2021}-01-10`,
            contractRate: c.history?.rate ?? null,
            // Without a history the claim is all there is; a debtor still paying (its limitation running).
            claimedBalance: c.history ? c.claimed : (c.claimed ?? 300_000),
            lastPaymentDate: c.history ? null : '2026-10-27',
            transactions,
          },
        ],
      };
    }),
  });
}

const readPdf = async (kind: DocumentKind, input: DocumentInput) =>
  withPdf((await renderDocument(kind, input, 'pdf')).bytes, (file) => pdfText(file));

/** The amounts in the creditor list's row for `name` (dates and the row number taken out). */
function rowAmounts(list: string, name: string): string[] {
  const line = list.split('\n').find((l) => l.includes(name)) ?? '';
  return line
    .replace(/(令和|平成)\d+年\d+月\d+日/g, ' ')
    .replace(/^\s*\d+\s/, ' ')
    .split(/\s+/)
    .filter((token) => /^[\d,]+$/.test(token));
}

async function checkCase(creditors: readonly Generated[]): Promise<void> {
  const input = (creditor?: number): DocumentInput => ({
    case: generatedCase(creditors),
    letterhead: office,
    today: TODAY,
    debtor: particulars,
    options: { creditor, replyBy: '2026-12-10', paymentDay: 27, payeeAccount: '架空銀行 本店 普通' },
  });
  const { positions } = documentFigures(input());
  const list = await readPdf('creditor-list', input());
  const assets = (await readPdf('asset-list', input())).replace(/\s+/g, '');
  for (const [index, position] of positions.entries()) {
    const name = names[index] as string;
    const { settlementBase: debt } = position as DebtPosition;
    const { recoverable } = (position as DebtPosition).overpayment;
    // The list: the settlement base, then the overpayment where there is one.
    expect(rowAmounts(list, name), name).toEqual([formatYen(debt), ...(recoverable > 0 ? [formatYen(recoverable)] : [])]);
    if (debt > 0) {
      const letter = (await readPdf('offer-letter', input(index))).replace(/\s+/g, '');
      expect(letter).toMatch(new RegExp(`債務額${formatYen(debt)}円[((]`));
      expect(letter).toContain(`和解金額${formatYen(debt)}円`);
    }
    if (recoverable > 0) {
      const claim = (await readPdf('overpayment-claim', input(index))).replace(/\s+/g, '');
      expect(claim).toContain(`請求額${formatYen(recoverable)}円`);
      expect(assets).toContain(`${name}${formatYen(recoverable)}令和8年11月23日`);
    }
  }
}

describe('one figure per debt in every document (issue 17)', () => {
  it('the creditor list, the offer letter, the claim letter and the 財産目録 agree with the position', async () => {
    await fc.assert(fc.asyncProperty(fc.array(creditorArbitrary, { minLength: 1, maxLength: names.length }), checkCase), {
      numRuns: 8,
      seed: 17,
    });
  }, 600_000);
});
