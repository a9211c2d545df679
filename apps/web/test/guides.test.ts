// Issue 22 in real Chromium at 390 × 844 (a phone), with a screenshot of each page visited: the
// family-and-strain page from the header link of any screen, the free-advice page with 法テラス's
// means test on the case, a breach of the agreement recorded on the creditor's page with its steps
// and deadline, a contract in a child's name and one under 名義盗用 left out of the plan, and the fee
// check asking for a second written quote.
import { addDays } from '@wakai/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startWakai } from './browser.js';

type Started = Awaited<ReturnType<typeof startWakai>>;
type Browser = Awaited<ReturnType<typeof launchBrowser>>;

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());

async function call(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

/** A family case: a guarantor, a card (family cards), a spouse's income, a child's debt, a 名義盗用. */
async function seed(base: string) {
  const created = await call(base, 'POST', '/cases', { title: '家族の案件', debtor: { name: '山口 一郎' } });
  await call(base, 'PATCH', `/cases/${created.id}`, {
    budget: {
      monthly: {
        income: { salaryApplicant: 230_000, salarySpouse: 80_000 },
        spending: { rent: 90_000, utilities: 15_000, food: 70_000, taxes: 20_000 },
      },
    },
    version: created.version,
  });
  const contracts: Record<string, { id: string }> = {};
  const creditors: Record<string, string> = {};
  for (const [name, kind, contract] of [
    ['さくらカード', 'card', { claimedBalance: 400_000, guarantorPerson: '山口 花子' }],
    ['ひまわり', 'consumer-finance', { claimedBalance: 300_000, holder: { relation: 'child', name: '山口 健', debtorGuarantees: false } }],
    ['あおば', 'consumer-finance', { claimedBalance: 500_000, identityTheft: true }],
  ] as const) {
    const creditor = await call(base, 'POST', `/cases/${created.id}/creditors`, { name, kind });
    contracts[name] = await call(base, 'POST', `/creditors/${creditor.id}/contracts`, contract);
    creditors[name] = creditor.id;
  }
  return { caseId: created.id as string, contracts, creditors };
}

/** The page wider than the phone, or a button past its edge. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > 390) problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const button of document.querySelectorAll<HTMLElement>('button')) {
      const box = button.getBoundingClientRect();
      if (box.width > 0 && (box.right > 391 || box.left < -1)) problems.push(`button 「${button.textContent}」 past the edge`);
    }
    return problems;
  });
}

describe('the guides’ missing parts, on a phone', () => {
  let server: Started;
  let browser: Browser;
  let page: Page;
  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    server = await startWakai();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
    seeded = await seed(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reaches the family page from any screen, reading who the case touches', async () => {
    await page.goto(`${server.url}/cases/${seeded.caseId}/budget`);
    await page.getByTestId('support-link').click();
    await page.getByRole('heading', { name: '家族のこと、気持ちのこと' }).waitFor();
    const touches = await page.getByTestId('family-touches').innerText();
    expect(touches).toContain('保証人 山口 花子');
    expect(touches).toContain('家族カードを使っている家族');
    expect(touches).toContain('配偶者の収入 80,000円');
    expect(touches).toContain('子ども 山口 健');
    expect(await page.getByTestId('pay-first').innerText()).toContain('住居費(家賃・地代・住宅ローン) 90,000円');
    expect(await page.getByTestId('strain-help').innerText()).toContain('まもろうよ こころ');
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'guides-support');
    // Without a case, from the case list: the general page.
    await page.goto(`${server.url}/`);
    await page.getByTestId('support-link').click();
    await page.getByRole('heading', { name: '家族のこと、気持ちのこと' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/support');
  }, 120_000);

  it('lists the free advice with 法テラス’s means test applied to the case, and no telephone numbers', async () => {
    await page.goto(`${server.url}/cases/${seeded.caseId}/support`);
    await page.getByRole('link', { name: '無料の相談先' }).click();
    await page.getByTestId('advice-means-test').waitFor();
    // 230,000 + 80,000 = 310,000 a month for a household of 1 (no members recorded): above 182,000.
    expect(await page.getByTestId('advice-means-test').innerText()).toContain('基準を超えています');
    const text = await page.locator('main').innerText();
    for (const name of [
      '法テラス',
      '弁護士会の法律相談センター',
      '司法書士会の総合相談センター',
      '消費生活センター',
      '貸金業相談・紛争解決センター',
    ])
      expect(text).toContain(name);
    expect(text).not.toMatch(/0120|0570|\d{2,4}-\d{3,4}-\d{4}/);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'guides-advice');
  }, 120_000);

  it('records a breach of the agreement with its steps and its deadline on the board', async () => {
    const creditorId = seeded.creditors.さくらカード;
    await page.goto(`${server.url}/cases/${seeded.caseId}/creditors/${creditorId}/negotiation`);
    const form = page.getByRole('form', { name: '不履行を記録' });
    await form.getByLabel('何が起きたか').selectOption({ label: '合意と違う金額を請求された' });
    await form.getByLabel('合意した内容').fill('毎月27日に2万円、36回');
    await form.getByRole('button', { name: '不履行を記録' }).click();
    await form.getByText('実際に起きたことを入力してください', { exact: true }).waitFor();
    await form.getByLabel('実際に起きたこと').fill('25,000円の請求書が届いた');
    await form.getByLabel('合意した金額(円)').fill('20,000');
    await form.getByLabel('実際の金額(円)').fill('25,000');
    await form.getByLabel('履行を求める期限').fill(addDays(today, 14));
    await form.getByRole('button', { name: '不履行を記録' }).click();
    const breach = page.getByTestId('breach');
    await breach.waitFor();
    const steps = await page.getByTestId('breach-steps').innerText();
    expect(steps).toContain('貸金業者を登録した役所に申し出る');
    expect(steps).toContain('内容証明郵便');
    expect(steps).toContain('請求額25,000円ではなく、合意した額20,000円');
    expect(await page.getByTestId('breach-deadline').innerText()).toBe(addDays(today, 14));
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'guides-breach');
    const deadlines = await call(server.url, 'GET', '/deadlines?days=60');
    expect(JSON.stringify(deadlines)).toContain('履行請求の期限(合意と違う金額を請求された)');
    // The board flags the creditor with its demand's deadline.
    await page.goto(`${server.url}/cases/${seeded.caseId}/negotiation`);
    expect(await page.getByTestId('board-breaches').innerText()).toBe(`和解の不履行1件(履行請求の期限 ${addDays(today, 14)})`);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'guides-board');
  }, 120_000);

  it('shows the steps for a 名義盗用 on the contract and leaves it and the child’s debt out of the plan', async () => {
    await page.goto(`${server.url}/cases/${seeded.caseId}/contracts/${seeded.contracts.あおば?.id}`);
    await page.getByText('契約の内容(請求残高・毎月の返済・約定利率など)').click();
    const steps = page.getByTestId('holder-steps');
    expect(await steps.innerText()).toContain('警察に相談する');
    expect(await page.getByTestId('contract-holder').getByLabel('自分は契約していない(名義を無断で使われた疑いがある)').isChecked()).toBe(
      true,
    );
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'guides-identity-theft');

    await page.goto(`${server.url}/cases/${seeded.caseId}/diagnosis`);
    const leftOut = page.getByTestId('plan-left-out');
    await leftOut.first().waitFor();
    expect(await leftOut.allInnerTexts()).toEqual([
      expect.stringContaining('ひまわり: 和解案に入れていません'),
      expect.stringContaining('あおば: 和解案に入れていません'),
    ]);
    // One written quote only: the fee check asks for a second.
    await call(server.url, 'PATCH', `/cases/${seeded.caseId}`, {
      feeQuotes: [{ office: 'A法律事務所', profession: 'lawyer', retainerPerCreditor: 30_000, successFeePerCreditor: 20_000 }],
      version: (await call(server.url, 'GET', `/cases/${seeded.caseId}`)).case.version,
    });
    await page.reload();
    await page.getByTestId('fee-second-quote').waitFor();
    expect(await page.getByTestId('fee-comparison').innerText()).toContain('見積もり1件(A法律事務所(弁護士))');
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'guides-diagnosis');
  }, 120_000);
});
