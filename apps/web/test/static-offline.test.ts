// Wakai with no install (issue 20): the static build served by a plain static file server (no
// Wakai code), its API in the browser over IndexedDB. After the first visit the network goes off;
// a case with a budget, a creditor and a history typed in the grid is made, the page reloaded,
// and everything is found again. At 1366 px and on a phone (390 × 844), each page screenshotted.
// Still offline, a 計算書 PDF is made in the page and read with poppler, and the case file
// downloaded is taken in by `wakai import` and written back out the same.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfFontsOf, pdfInfo, pdfText, withPdf } from '../../../packages/documents/src/pdf-checks.fixture.js';
import { artifacts, screenshot } from './browser.js';
import { staticSiteAndBrowser } from './static-server.js';

const root = fileURLToPath(new URL('../dist-static', import.meta.url));

const { site, newContext } = staticSiteAndBrowser(root);

/** The first visit, online: the app loads and its service worker has cached everything and taken over. */
async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site().url);
  await page.getByRole('heading', { name: '案件一覧' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  // The documents' fonts follow once the app is running (not part of the first load).
  const fontsCached = () =>
    page.evaluate(async () => {
      const [name] = await caches.keys();
      const cached = name ? await (await caches.open(name)).keys() : [];
      return cached.filter((request) => request.url.endsWith('.ttf')).length;
    });
  await expect.poll(fontsCached, { timeout: 120_000 }).toBe(4);
  return page;
}

/** Clicks a button that downloads a file, and keeps the file in test-artifacts/. */
async function downloaded(page: Page, button: Locator, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = join(artifacts, name);
  await download.saveAs(file);
  return file;
}

/** The 計算書 made in the browser, offline: A4 landscape, fonts embedded as subsets, the balance in its text. */
async function statementPdf(page: Page, prefix: string) {
  await page.getByRole('link', { name: /^書類/ }).click();
  const statement = page.getByTestId('document-recalc-statement');
  await statement.getByLabel('引き直し計算書の債権者').selectOption({ label: 'さくらファイナンス' });
  const file = await downloaded(page, statement.getByRole('button', { name: '引き直し計算書(PDF)' }), `${prefix}-計算書.pdf`);
  await screenshot(page, `${prefix}-documents`);
  withPdf(new Uint8Array(readFileSync(file)), (pdf) => {
    const info = pdfInfo(pdf);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([842, 595]);
    const fonts = pdfFontsOf(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect([font.embedded, font.subset, font.unicode]).toEqual([true, true, true]);
    const text = pdfText(pdf);
    expect(text).toContain('さくらファイナンス');
    expect(text).toContain('284,142');
  });
  await page.goBack();
}

/** The case file downloaded from the page, imported and exported again by the wakai command: the same file. */
async function caseFileRoundTrip(page: Page, prefix: string) {
  const file = await downloaded(page, page.getByRole('link', { name: '案件ファイルを書き出す' }), `${prefix}-case.json`);
  const downloadedFile = JSON.parse(readFileSync(file, 'utf8'));
  const bin = fileURLToPath(new URL('../../cli/bin/wakai.js', import.meta.url));
  const data = join(mkdtempSync(join(tmpdir(), 'wakai-static-')), 'data');
  const wakai = (args: string[]) =>
    spawnSync(process.execPath, [bin, ...args, '--data', data], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  const imported = wakai(['import', file]);
  expect(imported.stderr).toBe('');
  expect(imported.stdout).toContain('取り込みました');
  const exported = JSON.parse(wakai(['export', '静岡']).stdout);
  expect({ ...exported, exportedAt: '' }).toEqual({ ...downloadedFile, exportedAt: '' });
  expect(downloadedFile.case.creditors[0].contracts[0].transactions).toHaveLength(2);
}

async function makeCaseOffline(page: Page, prefix: string) {
  await page.getByLabel('債務者の氏名(必須)').fill('静岡 花子');
  await page.getByLabel('案件名').fill('端末だけの相談');
  await page.getByRole('button', { name: '案件を作成' }).click();
  await page.getByRole('link', { name: '家計収支を入力' }).waitFor();
  await screenshot(page, `${prefix}-overview-new`);

  await page.getByRole('link', { name: '家計収支を入力' }).click();
  await page.getByLabel('追加する月').fill('2026-10');
  await page.getByRole('button', { name: '月を追加' }).click();
  await page.getByRole('tab', { name: '2026-10' }).waitFor();
  await page.locator('input[name="income.salaryApplicant"]').fill('200000');
  await page.locator('input[name="spending.rent"]').fill('150000');
  await page.locator('input[name="spending.carriedForward"]').fill('50000');
  await expect.poll(() => page.getByTestId('budget-imbalance').innerText()).toBe('0円');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('家計収支を保存しました').waitFor();
  await screenshot(page, `${prefix}-budget`);
  await page.goBack();

  const addCreditor = page.getByRole('form', { name: '債権者を追加' });
  await addCreditor.getByLabel('債権者名(必須)').fill('さくらファイナンス');
  await addCreditor.getByLabel('請求されている残高(円)').fill('300000');
  await addCreditor.getByLabel('毎月の返済額(円)').fill('20000');
  await addCreditor.getByRole('button', { name: '債権者を追加' }).click();
  await page.getByText('債権者を追加しました').waitFor();
  await page
    .getByRole('row', { name: /さくらファイナンス/ })
    .getByRole('link', { name: /件\)$/ })
    .click();

  // Typed cell by cell, as a person does.
  await page.getByLabel('1行目 年月日').fill('2003-02-01');
  await page.getByLabel('1行目 借入').fill('300000');
  await page.getByLabel('2行目 年月日').fill('2003-03-01');
  await page.getByLabel('2行目 返済').fill('20000');
  await page.getByRole('button', { name: '取引履歴を保存' }).click();
  await page.getByText('2件の取引を保存しました').waitFor();
  // 利息制限法 1条 (docs/law): 18% a year on a principal of 100,000 yen or more. 300,000 × 18% ×
  // 28/365 = 4,142 interest; 20,000 − 4,142 = 15,858 off the principal → 284,142.
  await expect.poll(() => page.getByTestId('ledger-balance').innerText()).toBe('284,142円');
  await screenshot(page, `${prefix}-contract`);
}

async function findEverythingAfterReload(page: Page, prefix: string) {
  const contract = page.url();
  await page.reload();
  await expect.poll(() => page.getByTestId('ledger-balance').innerText()).toBe('284,142円');
  expect(await page.getByLabel('2行目 返済').inputValue()).toBe('20000');

  await page.goto(site().url);
  await page
    .getByTestId('case-list')
    .getByRole('link', { name: /静岡 花子/ })
    .click();
  await page.getByRole('row', { name: /さくらファイナンス/ }).waitFor();
  await screenshot(page, `${prefix}-overview`);
  await page.getByRole('link', { name: '家計収支を入力' }).click();
  await page.getByRole('tab', { name: '2026-10' }).click();
  expect(await page.locator('input[name="income.salaryApplicant"]').inputValue()).toBe('200,000');
  await expect.poll(() => page.getByTestId('budget-imbalance').innerText()).toBe('0円');
  await page.goto(site().url);
  await page
    .getByTestId('case-list')
    .getByRole('link', { name: /静岡 花子/ })
    .waitFor();
  await screenshot(page, `${prefix}-case-list`);
  expect(contract).toContain('/contracts/');
}

/** この端末のデータ says where the cases are; on request, after a confirmation, everything goes. */
async function deviceData(page: Page, prefix: string, deleteAll: boolean) {
  await page.getByTestId('device-link').click();
  const where = page.getByTestId('device-data');
  await where.getByText('使用量').waitFor();
  expect(await where.innerText()).toContain('このブラウザの中(このサイトの保存領域 IndexedDB)だけに保存されています');
  await screenshot(page, `${prefix}-device`);
  if (!deleteAll) return;
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'この端末のデータをすべて削除' }).click();
  await page.getByText('まだ案件がありません').waitFor();
}

describe.each([
  ['static-desktop', { width: 1366, height: 900 }, false],
  ['static-phone', { width: 390, height: 844 }, true],
] as const)('the static build offline (%s)', (prefix, viewport, isMobile) => {
  it('keeps a case made with the network off across a reload', async () => {
    const context = await newContext({ viewport, isMobile, hasTouch: isMobile, acceptDownloads: true });
    try {
      const page = await firstVisit(context);
      await context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { name: '案件一覧' }).waitFor();
      await makeCaseOffline(page, prefix);
      await findEverythingAfterReload(page, prefix);
      if (!isMobile) {
        await page
          .getByTestId('case-list')
          .getByRole('link', { name: /静岡 花子/ })
          .click();
        await statementPdf(page, prefix);
        await caseFileRoundTrip(page, prefix);
      }
      await deviceData(page, prefix, !isMobile);
    } finally {
      await context.close();
    }
  }, 240_000);
});

it('reads an Excel history offline, inside the browser', async () => {
  const context = await newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await firstVisit(context);
    await context.setOffline(true);
    await page.getByLabel('債務者の氏名(必須)').fill('表計算 次郎');
    await page.getByRole('button', { name: '案件を作成' }).click();
    const addCreditor = page.getByRole('form', { name: '債権者を追加' });
    await addCreditor.getByLabel('債権者名(必須)').fill('もみじローン');
    await addCreditor.getByRole('button', { name: '債権者を追加' }).click();
    await page.getByText('債権者を追加しました').waitFor();
    await page
      .getByRole('row', { name: /もみじローン/ })
      .getByRole('link', { name: /件\)$/ })
      .click();

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('取引履歴');
    sheet.addRows([
      ['年月日', '借入', '返済'],
      ['H15.2.1', 300000, null],
      ['2003/3/1', null, 20000],
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page
      .getByLabel('取引履歴ファイル', { exact: true })
      .setInputFiles({ name: '履歴.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('button', { name: /この内容で取り込む/ }).click();
    // The same two rows as typed above: 284,142 (利息制限法 1条, 18% on 300,000).
    await expect.poll(() => page.getByTestId('ledger-balance').innerText()).toBe('284,142円');
  } finally {
    await context.close();
  }
}, 240_000);
