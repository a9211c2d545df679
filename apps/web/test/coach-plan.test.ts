// The negotiation coach on the guide's case 1, in real Chromium on a phone (390 × 844): the
// diagnosis sets doing nothing against 任意整理 and a fee quote; a creditor's preparation sheet shows
// the opening offer and the ladder; the board adds up all offers against the budget.
import { readFile } from 'node:fs/promises';
import { addMonths } from '@wakai/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshot, startWakai } from './browser.js';

let server: Awaited<ReturnType<typeof startWakai>>;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  server = await startWakai();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

const fitsPhone = () => page.evaluate(() => document.documentElement.scrollWidth);

// The guide's case 1 (docs/law/practice.md "The source articles' figures"): 5 creditors, 1,000,000 in all,
// paying 35,000 a month. The guide gives no rates: each contract is 200,000 at 18% (the statutory cap
// for 10万–100万), 7,000 a month. Its mid-range fees: 着手金 30,000 + 解決報酬 20,000 per creditor.
const caseOne = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: 'ガイドの例1',
    debtor: { name: '山田 花子' },
    budget: { monthly: { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000, food: 135_000 } } },
    creditors: ['A', 'B', 'C', 'D', 'E'].map((name) => ({
      name: `${name}社`,
      kind: 'consumer-finance',
      contracts: [{ claimedBalance: 200_000, contractRate: '18', monthlyPayment: 7_000 }],
    })),
    feeQuotes: [
      {
        office: '中間値の事務所',
        profession: 'lawyer',
        retainerPerCreditor: 30_000,
        successFeePerCreditor: 20_000,
        reductionFeePercent: '0',
        refundFeePercent: '0',
        refundFeePercentLawsuit: '0',
        remittanceFeePerPayment: 0,
        expenses: 0,
        taxIncluded: false,
      },
    ],
  },
};

it('shows doing nothing against 任意整理 and the fee, the preparation sheet, and all offers against the budget', async () => {
  const created = await call('POST', '/cases/import', caseOne);
  const detail = await call('GET', `/cases/${created.id}`);
  const ids = Object.fromEntries(detail.creditors.map((c: { name: string; id: string }) => [c.name, c.id]));

  // Diagnosis. Doing nothing, each contract: 200,000 at 18% a year = 1.5% a month (3,000 the first
  // month, truncated to the yen each month), paying 7,000 → paid off in 38 months, interest 63,094
  // (month by month: 200,000 → 196,000 → 191,940 → …; the 38th payment 4,094). Five: 315,470
  // interest, 1,315,470 in all. 任意整理: the 1,000,000 of principal without interest; the fee
  // (30,000 + 20,000) × 5 = 250,000 + 10% consumption tax = 275,000 → 1,275,000, 40,470 less than
  // doing nothing (the guide: "the saving roughly offsets the fees"; its own −275,000 left out the interest).
  await page.goto(`${server.url}/cases/${created.id}/diagnosis`);
  await page.getByTestId('status-quo-total').waitFor();
  expect(await page.getByTestId('status-quo-total').innerText()).toContain('1,315,470円(利息 315,470円・38か月)');
  const quoteRow = await page.getByTestId('route-quote-0').innerText();
  expect(quoteRow).toContain('275,000円');
  expect(quoteRow).toContain('1,275,000円');
  expect(quoteRow).toContain('40,470円 少ない');
  expect(await page.getByTestId('fee-saving-0').innerText()).toBe('費用を払っても 40,470円 少ない');
  // 35,000 a month: 29 installments is the fewest that fits (6,896 × 5 = 34,480; first month 34,560).
  expect(await page.getByTestId('plan-suggestion').innerText()).toContain('29回');
  expect(await fitsPhone()).toBeLessThanOrEqual(390);
  await screenshot(page, 'coach-diagnosis');
  // Leaving A社 out: it is paid on as now (7,000), the plan has 28,000 for the other four.
  await page.getByLabel('A社を和解案に含める').uncheck();
  expect(await page.getByTestId('plan-excluded').innerText()).toBe('A社: 対象外(今のまま毎月 7,000円)');
  // 800,000 ÷ 36: 5,555 × 4 = 22,220 a month.
  expect(await page.getByTestId('plan-monthly').innerText()).toBe('22,220円');
  await page.getByLabel('A社を和解案に含める').check();

  // Offers: A社 defers 6 months then 36 × 5,556; B社 wants 100,000 at once then 20 × 5,000.
  const month = (await call('GET', `/cases/${created.id}/negotiation`)).today.slice(0, 7) as string;
  await call('POST', `/creditors/${ids.A社}/offers`, {
    from: 'creditor',
    madeOn: `${month}-01`,
    amount: 200_000,
    installments: 36,
    monthly: 5_556,
    deferralMonths: 6,
    firstPaymentDate: `${addMonths(month, 1)}-27`,
  });
  const lumpMonth = addMonths(month, 4);
  await call('POST', `/creditors/${ids.B社}/offers`, {
    from: 'creditor',
    madeOn: `${month}-01`,
    amount: 200_000,
    lumpSum: 100_000,
    installments: 20,
    monthly: 5_000,
    firstPaymentDate: `${lumpMonth}-27`,
  });
  await call('POST', `/creditors/${ids.B社}/offers`, {
    from: 'creditor',
    madeOn: `${month}-05`,
    amount: 200_000,
    lumpSum: 60_000,
    installments: 28,
    monthly: 5_000,
    firstPaymentDate: `${lumpMonth}-27`,
  });

  // The board: the largest month is B社's lump sum of the latest offer, 60,000, 4 months ahead (C〜E社's
  // plan shares start 6 months ahead); saving 35,000 a month from now holds 175,000 by then, so it is met.
  await page.goto(`${server.url}/cases/${created.id}/negotiation`);
  await page.getByTestId('combined-summary').waitFor();
  const summary = await page.getByTestId('combined-summary').innerText();
  expect(summary).toContain('35,000円');
  expect(summary).toContain(`${lumpMonth} の 60,000円`);
  expect(summary).toContain('それまでに貯めた分で払えます');
  expect(await page.getByTestId('combined-months').innerText()).toContain('B社 60,000円(一括)');
  expect(await fitsPhone()).toBeLessThanOrEqual(390);
  await screenshot(page, 'coach-board');

  // B社's page: what moved between its two offers, and the tendencies of consumer finance.
  await page.goto(`${server.url}/cases/${created.id}/creditors/${ids.B社}/negotiation`);
  await page.getByTestId('offer-moved').waitFor();
  expect(await page.getByTestId('offer-moved').innerText()).toContain('回数 20回 → 28回');
  expect(await page.getByTestId('offer-moved').innerText()).toContain('頭金・一括 100,000円 → 60,000円');
  expect(await page.getByTestId('tendencies').innerText()).toContain('36〜60回');
  // The office's own note for every consumer-finance creditor, saved from this page.
  await page.getByLabel('メモの対象').selectOption('kind');
  await page.getByLabel('事務所のメモ', { exact: true }).fill('当事務所では48回まで応じた例があります');
  await page.getByRole('button', { name: 'メモを追加' }).click();
  await page.getByText('事務所のメモを保存しました').waitFor();
  expect(await page.getByTestId('office-notes').innerText()).toContain('48回まで応じた例');
  expect(await fitsPhone()).toBeLessThanOrEqual(390);
  await screenshot(page, 'coach-creditor');

  // C社 (no offer yet): its preparation sheet. Its share of 35,000 is 7,000 (200,000 of 1,000,000).
  // Opening: 200,000 ÷ 36 → 5,556 a month (35 × 5,556 = 194,460, the 36th 5,540). Ladder: up to the
  // share 29 × 6,897 (+1,341 a month); 60 × 3,334 (−2,222 a month); neither costs more in all.
  await page.goto(`${server.url}/cases/${created.id}/creditors/${ids.C社}/prepare`);
  await page.getByTestId('prep-opening').waitFor();
  expect(await page.getByTestId('prep-share').innerText()).toContain('毎月 7,000円');
  // A claim with no history: its make-up is unknown, so it is not called 元金のみ (issue 17 item 2).
  expect(await page.getByTestId('prep-opening').innerText()).toBe(
    '和解額 200,000円(請求額(元金・利息の内訳は確認が必要)・将来利息なし)を 36回、毎月 5,556円(最終回 5,540円)',
  );
  const ladder = await page.getByTestId('prep-ladder').innerText();
  expect(ladder).toContain('29回 × 6,897円');
  expect(ladder).toContain('+1,341円');
  expect(ladder).toContain('60回 × 3,334円');
  expect(ladder).toContain('−2,222円');
  expect(await page.getByTestId('prep-avoid').innerText()).toContain('その場で約束しない');
  // The office's note on consumer finance reaches C社's sheet too.
  expect(await page.getByTestId('prep-points').innerText()).toContain('事務所のメモ: 当事務所では48回まで応じた例があります');
  // The same offer as a letter or e-mail (guide 002 「対面・電話・メール」): this creditor's terms,
  // never the whole surplus of 35,000; and what not to sign at a meeting.
  const written = await page.getByTestId('prep-written').innerText();
  expect(written).toContain('和解金額 200,000円');
  expect(written).toContain('毎月 5,556円');
  expect(written).not.toContain('35,000');
  expect(await page.getByTestId('prep-no-sign').innerText()).toContain('署名・押印しない');
  expect(await fitsPhone()).toBeLessThanOrEqual(390);
  await screenshot(page, 'coach-prepare');
  // The sheet as a PDF through ApiFileLink, the link that reaches the API in the static build too.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe('準備シート_C社.pdf');
  const bytes = await readFile(await pdf.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
