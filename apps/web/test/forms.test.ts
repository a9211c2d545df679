// Bad input in the forms gets a Japanese message naming the field and loses nothing; a good edit
// survives a reload. Real Chromium against the real server.
import type { RunningServer } from '@wakai/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshot, startWakai } from './browser.js';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startWakai();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('names the wrong cell of the debtor and assets form, then saves what is right', async () => {
  await page.goto(server.url);
  await page.getByTestId('case-list').getByRole('link').first().click();
  await page.getByRole('link', { name: '債務者と財産' }).click();
  await page.getByRole('heading', { name: '債務者と財産' }).waitFor();
  await page.getByRole('button', { name: '預貯金を追加' }).click();
  await page.getByLabel('預貯金 3 金融機関').fill('三井住友銀行');
  await page.getByLabel('預貯金 3 残高(円)').fill('たくさん');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('預金残高を数字(円)で入力してください', { exact: true }).waitFor();
  await screenshot(page, 'debtor-error');

  await page.getByLabel('預貯金 3 残高(円)').fill('120,000');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('債務者と財産の情報を保存しました').waitFor();
  await page.reload();
  await expect.poll(() => page.getByLabel('預貯金 3 残高(円)').inputValue()).toBe('120,000');
  expect(await page.getByLabel('預貯金 3 金融機関').inputValue()).toBe('三井住友銀行');
});

it('names the wrong field of a contract and keeps the stored value', async () => {
  await page.goto(server.url);
  await page.getByTestId('case-list').getByRole('link').first().click();
  await page
    .getByRole('row', { name: /みずほ銀行/ })
    .getByRole('link')
    .click();
  await page.getByText('契約の内容(請求残高・毎月の返済・約定利率など)').click();
  await page.locator('input[name="dueDay"]').fill('32');
  await page.locator('input[name="claimedBalance"]').fill('800,000');
  await page.getByRole('button', { name: '契約の内容を保存' }).click();
  await page.getByText('返済日は31以下にしてください', { exact: true }).waitFor();
  await page.reload();
  await page.getByText('請求残高 820,000円').waitFor();

  await page.getByText('契約の内容(請求残高・毎月の返済・約定利率など)').click();
  await page.locator('input[name="dueDay"]').fill('27');
  await page.locator('input[name="claimedBalance"]').fill('800,000');
  await page.getByRole('button', { name: '契約の内容を保存' }).click();
  await page.getByText('契約の内容を保存しました').waitFor();
  await page.getByText('請求残高 800,000円').waitFor();
});
