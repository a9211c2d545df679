// Figures that must not contradict each other (issue 9), over real HTTP on every engine: the ledger at
// the contract's own rate when the history states none.
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { embeddedServer } from './http-client.js';

const caseFile = (creditors: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'wakai-case',
  version: 1,
  case: { title: '', debtor: { name: '試験 花子' }, creditors, ...extra },
});

type Stored = { creditors: { name: string; contracts: { id: string; label: string }[] }[] };

describe.each(testEngines())('figures over the API on $name', (engine) => {
  const server = embeddedServer(engine, { demo: false });
  const api = server.api;

  async function importCase(file: unknown): Promise<{ id: string; stored: Stored }> {
    const created = await api('POST', '/api/cases/import', file);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    return { id, stored: (await api('GET', `/api/cases/${id}`)).body as unknown as Stored };
  }

  it('replays the ledger at the rate stored with the contract when the history has no rate column (item 5)', async () => {
    const history = [
      { date: '2001-01-10', borrow: 500_000 },
      { date: '2001-02-10', repay: 20_000 },
    ];
    const { stored } = await importCase(
      caseFile([
        { name: 'A社', kind: 'consumer-finance', contracts: [{ label: '約定27%', contractRate: '27', transactions: history }] },
        { name: 'B社', kind: 'consumer-finance', contracts: [{ label: '利率不明', transactions: history }] },
      ]),
    );
    const [withRate, withoutRate] = stored.creditors.map((c) => c.contracts[0]?.id);

    const ledger = await api('GET', `/api/contracts/${withRate}/recalc?rate=contract`);
    expect(ledger.status).toBe(200);
    // 500,000 × 27% × 31/365 = 11,465.7 → 11,465 (円未満切捨て); 20,000 − 11,465 = 8,535 off principal.
    expect(ledger.body.summary).toMatchObject({ balance: 491_465 });
    expect(ledger.body.options).toMatchObject({ rate: 'contract', contractRate: '27' });
    expect((ledger.body.rows as { rate: string; interest: number }[])[1]).toMatchObject({ rate: '27', interest: 11_465 });

    // Without a stored rate the page is told what to do in the page, not which command-line flag to give.
    const refused = await api('GET', `/api/contracts/${withoutRate}/recalc?rate=contract`);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toBe(
      '計算できません: 約定利率がわかりません。契約の内容で約定利率を入力するか、取引履歴に利率の列を設けてください',
    );
    expect(refused.body.error?.message).not.toContain('--rate');
  });

  it('reads the latest recorded month when the monthly plan is empty, and says so (overview and diagnosis)', async () => {
    const { id } = await importCase(caseFile([]));
    const version = (await api('GET', `/api/cases/${id}`)).body.case.version as number;
    // What the budget page sends when only a recorded month (家計の記録) is filled in.
    const months = [
      { month: '2026-09', income: { salaryApplicant: 200_000 }, spending: { food: 50_000 } },
      { month: '2026-10', income: { salaryApplicant: 230_000, bonus: 20_000 }, spending: { rent: 70_000, food: 45_000 } },
    ];
    const saved = await api('PATCH', `/api/cases/${id}`, { version, budget: { monthly: { income: {}, spending: {} }, months } });
    expect(saved.status).toBe(200);

    const overview = (await api('GET', `/api/cases/${id}/overview`)).body;
    // 2026-10, the latest: 230,000 + 20,000 = 250,000 earned; 250,000 − (70,000 + 45,000) = 135,000 left.
    expect([overview.budget.income, overview.budget.available]).toEqual([250_000, 135_000]);
    expect(overview.budgetBasis).toEqual({ recordedMonth: '2026-10', label: '記録した月(2026年10月)' });
    const diagnosis = (await api('GET', `/api/cases/${id}/diagnosis`)).body;
    expect(diagnosis.result.affordability).toMatchObject({ income: 250_000, livingCosts: 115_000 });
    expect(diagnosis.result.budgetBasis.recordedMonth).toBe('2026-10');

    // Once the monthly plan has a line, it is what both read.
    const plan = { income: { salaryApplicant: 180_000 }, spending: { food: 40_000 } };
    const next = (await api('GET', `/api/cases/${id}`)).body.case.version as number;
    expect((await api('PATCH', `/api/cases/${id}`, { version: next, budget: { monthly: plan, months } })).status).toBe(200);
    const planned = (await api('GET', `/api/cases/${id}/overview`)).body;
    expect([planned.budget.income, planned.budgetBasis.label]).toEqual([180_000, '毎月の目安']);
  });
});
