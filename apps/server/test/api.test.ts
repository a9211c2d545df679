// The API over real HTTP, on every engine (PGlite always; PostgreSQL when WAKAI_TEST_POSTGRES_URL is set).
import { request } from 'node:http';
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { client, embeddedServer, officeServer } from './http-client.js';

const history = '年月日,借入金額,返済額\nH12.3.27,"478,594",\n2000/4/25,,"¥50,000"\n';

describe.each(testEngines())('API on $name', (engine) => {
  describe('embedded (local owner)', () => {
    const embedded = embeddedServer(engine, { demo: true });
    const api = embedded.api;

    it('starts with the demo case', async () => {
      const cases = await api('GET', '/api/cases');
      expect(cases.status).toBe(200);
      expect(cases.body).toEqual([expect.objectContaining({ debtorName: '佐藤 一郎', creditors: 3 })]);
    });

    it('takes a case from creation to a recalculated contract', async () => {
      const created = await api('POST', '/api/cases', { title: 'テスト', debtor: { name: '田中 花子', prefecture: '大阪府' } });
      expect(created.status).toBe(201);
      const caseId = created.body.id as string;
      const budget = await api('PATCH', `/api/cases/${caseId}`, {
        budget: { monthly: { income: { salaryApplicant: 200_000 }, spending: { rent: 60_000, food: 40_000, loanRepayments: 30_000 } } },
        version: created.body.version,
      });
      expect(budget.status).toBe(200);
      const creditor = await api('POST', `/api/cases/${caseId}/creditors`, { name: 'A社', kind: 'consumer-finance' });
      const contract = await api('POST', `/api/creditors/${creditor.body.id}/contracts`, {
        label: '基本契約',
        claimedBalance: 500_000,
        monthlyPayment: 20_000,
      });
      expect(contract.status).toBe(201);
      const contractId = contract.body.id as string;

      const preview = await api('POST', `/api/contracts/${contractId}/import`, new TextEncoder().encode(history));
      expect(preview.body).toMatchObject({
        saved: false,
        transactions: [
          { date: '2000-03-27', borrow: 478_594, line: 2 },
          { date: '2000-04-25', repay: 50_000, line: 3 },
        ],
      });
      expect((await api('GET', `/api/contracts/${contractId}/transactions`)).body).toEqual({ version: 0, transactions: [] });
      expect(
        (await api('POST', `/api/contracts/${contractId}/import?commit=1&version=0`, new TextEncoder().encode(history))).body,
      ).toMatchObject({ saved: true, version: 1 });

      const recalc = await api('GET', `/api/contracts/${contractId}/recalc`);
      // 478,594 × 18% × 29/366 = 6,825 → 435,419 (docs/law/recalculation.md leap-year check).
      expect(recalc.body.summary).toMatchObject({ balance: 435_419 });
      expect((recalc.body.rows as { working: string[] }[])[1]?.working[0]).toContain('× 18% × 29/366 = 6,825円');
      const fixed365 = await api('GET', `/api/contracts/${contractId}/recalc?yearBasis=fixed365`);
      expect(fixed365.body.summary).toMatchObject({ balance: 435_438 });

      const overview = await api('GET', `/api/cases/${caseId}/overview`);
      expect(overview.body.totals).toEqual({ claimed: 500_000, debt: 435_419, overpaymentClaim: 0, monthlyPayment: 20_000 });
      expect(overview.body.budget).toMatchObject({ income: 200_000, available: 100_000 });

      // The overview's cached figures follow a new history and a change of the contract's options.
      await api('PUT', `/api/contracts/${contractId}/transactions`, {
        version: 1,
        transactions: [
          { date: '2000-03-27', borrow: 478_594 },
          { date: '2000-04-25', repay: 60_000 },
        ],
      });
      expect((await api('GET', `/api/cases/${caseId}/overview`)).body.totals).toMatchObject({ debt: 425_419 });
      // So does the ledger kept from the first read: 478,594 − (60,000 − 6,825) = 425,419.
      expect((await api('GET', `/api/contracts/${contractId}/recalc`)).body.summary).toMatchObject({ balance: 425_419 });
      const stored = (await api('GET', `/api/contracts/${contractId}`)).body;
      await api('PUT', `/api/contracts/${contractId}`, {
        ...stored,
        recalcOptions: { yearBasis: 'fixed365' },
        caseId: undefined,
        id: undefined,
        creditorId: undefined,
        position: undefined,
        historyVersion: undefined,
      });
      // fixed 365: 478,594 × 18% × 29/365 = 6,844 → 478,594 − (60,000 − 6,844) = 425,438.
      expect((await api('GET', `/api/cases/${caseId}/overview`)).body.totals).toMatchObject({ debt: 425_438 });
      expect((await api('GET', `/api/contracts/${contractId}/recalc`)).body.summary).toMatchObject({ balance: 425_438 });
    });

    it('diagnoses the demo case: four procedures, the plan against the budget, the risks', async () => {
      const demo = ((await api('GET', '/api/cases')).body as unknown as { id: string; debtorName: string }[]).find(
        (c) => c.debtorName === '佐藤 一郎',
      );
      const at36 = await api('GET', `/api/cases/${demo?.id}/diagnosis`);
      expect(at36.status).toBe(200);
      const result = at36.body.result as {
        rows: { label: string }[];
        plan: { installments: number; monthlyTotal: number };
        risks: { id: string }[];
      };
      expect(result.rows.map((r) => r.label)).toEqual(['任意整理', '個人再生', '自己破産', '特定調停']);
      expect(result.risks.map((r) => r.id)).toContain('bank-set-off');
      const at60 = (await api('GET', `/api/cases/${demo?.id}/diagnosis?installments=60`)).body.result as typeof result;
      expect(at60.plan.installments).toBe(60);
      expect(at60.plan.monthlyTotal).toBeLessThan(result.plan.monthlyTotal);
      const bad = await api('GET', `/api/cases/${demo?.id}/diagnosis?installments=0`);
      expect(bad.body.error?.fields).toEqual([{ path: ['installments'], message: '返済回数は1回以上にしてください' }]);
    });

    it('names the field of every bad input, in Japanese, and saves nothing', async () => {
      const bad = await api('POST', '/api/cases', { debtor: { name: '', prefecture: '東京' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error?.fields).toEqual([
        { path: ['debtor', 'name'], message: '氏名を入力してください' },
        { path: ['debtor', 'prefecture'], message: '都道府県を選んでください' },
      ]);
      const notJson = await api('POST', '/api/cases', '{name:', { 'content-type': 'application/json' });
      expect(notJson.body.error?.message).toBe('送信された内容を JSON として読めません');
    });

    it('refuses an import with a bad row, naming it, and keeps the history', async () => {
      const caseId = (await api('POST', '/api/cases', { debtor: { name: '試験' } })).body.id;
      const creditorId = (await api('POST', `/api/cases/${caseId}/creditors`, { name: 'B社', kind: 'card' })).body.id;
      const contractId = (await api('POST', `/api/creditors/${creditorId}/contracts`, {})).body.id as string;
      await api('PUT', `/api/contracts/${contractId}/transactions`, { version: 0, transactions: [{ date: '2001-01-01', borrow: 1000 }] });
      const rejected = await api(
        'POST',
        `/api/contracts/${contractId}/import?commit=1&version=1`,
        new TextEncoder().encode(`${history}2000/5/25,,5万\n`),
      );
      expect(rejected.status).toBe(422);
      expect(rejected.body.error?.problems).toEqual([
        expect.objectContaining({ line: 4, columnLetter: 'C', ja: '4行目 C列「返済額」: 金額として読めません: 「5万」' }),
      ]);
      expect((await api('GET', `/api/contracts/${contractId}/transactions`)).body).toEqual({
        version: 1,
        transactions: [{ date: '2001-01-01', borrow: 1000, repay: 0, rate: null, note: '', estimated: false }],
      });
      const badRows = await api('PUT', `/api/contracts/${contractId}/transactions`, {
        version: 1,
        transactions: [{ date: '2001-02-30', borrow: 1 }],
      });
      expect(badRows.body.error?.fields).toEqual([{ path: [0, 'date'], message: '取引日が正しい日付(YYYY-MM-DD)ではありません' }]);
    });

    it('exports a case file and imports it back with every figure equal', async () => {
      const [demo] = (await api('GET', '/api/cases')).body as unknown as { id: string }[];
      const exported = await api('GET', `/api/cases/${demo?.id}/export`);
      expect(exported.headers.get('content-disposition')).toContain('attachment');
      const imported = await api('POST', '/api/cases/import', exported.body);
      expect(imported.status).toBe(201);
      const again = await api('GET', `/api/cases/${imported.body.id}/export`);
      expect({ ...again.body, exportedAt: '' }).toEqual({ ...exported.body, exportedAt: '' });
      expect((await api('GET', `/api/cases/${imported.body.id}/overview`)).body.totals).toEqual(
        (await api('GET', `/api/cases/${demo?.id}/overview`)).body.totals,
      );
    });

    it('refuses an edit made against an old version', async () => {
      const created = await api('POST', '/api/cases', { debtor: { name: '版テスト' } });
      expect((await api('PATCH', `/api/cases/${created.body.id}`, { title: 'A', version: created.body.version })).status).toBe(200);
      const stale = await api('PATCH', `/api/cases/${created.body.id}`, { title: 'B', version: created.body.version });
      expect(stale.status).toBe(409);
      expect(stale.body.error?.message).toContain('先に変更しました');
    });

    it('refuses requests from other sites and other host names', async () => {
      expect((await api('POST', '/api/cases', { debtor: { name: 'x' } }, { origin: 'https://evil.example' })).status).toBe(403);
      // fetch cannot set Host; a plain HTTP request can (as a DNS-rebinding page would arrive).
      const status = await new Promise<number | undefined>((resolve, reject) => {
        request(`${embedded.url()}/api/cases`, { headers: { host: 'evil.example' } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
          .on('error', reject)
          .end();
      });
      expect(status).toBe(403);
    });
  });

  describe('office server (logins)', () => {
    const office = officeServer(engine);
    const login = office.login;

    it('needs a login, and a right password', async () => {
      expect((await client(office.url())('GET', '/api/cases')).status).toBe(401);
      const wrong = await client(office.url())('POST', '/api/session', { email: 'a@office.example', password: 'nope' });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error?.message).toBe('メールアドレスまたはパスワードが違います');
    });

    it('shows a case, its creditors and contracts only to its owner', async () => {
      const a = await login('a@office.example');
      const b = await login('b@office.example');
      const caseId = (await a('POST', '/api/cases', { debtor: { name: 'Aの依頼者' } })).body.id;
      const creditorId = (await a('POST', `/api/cases/${caseId}/creditors`, { name: 'C社', kind: 'card' })).body.id;
      const contractId = (await a('POST', `/api/creditors/${creditorId}/contracts`, {})).body.id;
      expect((await b('GET', '/api/cases')).body).toEqual([]);
      for (const [method, path] of [
        ['GET', `/api/cases/${caseId}`],
        ['GET', `/api/cases/${caseId}/export`],
        ['GET', `/api/cases/${caseId}/overview`],
        ['PATCH', `/api/cases/${caseId}`],
        ['DELETE', `/api/cases/${caseId}`],
        ['POST', `/api/cases/${caseId}/creditors`],
        ['PUT', `/api/creditors/${creditorId}`],
        ['DELETE', `/api/creditors/${creditorId}`],
        ['POST', `/api/creditors/${creditorId}/contracts`],
        ['GET', `/api/contracts/${contractId}`],
        ['PUT', `/api/contracts/${contractId}`],
        ['GET', `/api/contracts/${contractId}/transactions`],
        ['PUT', `/api/contracts/${contractId}/transactions`],
        ['POST', `/api/contracts/${contractId}/import`],
        ['GET', `/api/contracts/${contractId}/recalc`],
        ['DELETE', `/api/contracts/${contractId}`],
      ] as const) {
        expect([method, path, (await b(method, path, method === 'GET' || method === 'DELETE' ? undefined : {})).status]).toEqual([
          method,
          path,
          404,
        ]);
      }
      expect((await a('GET', `/api/cases/${caseId}`)).status).toBe(200);
    });
  });
});
