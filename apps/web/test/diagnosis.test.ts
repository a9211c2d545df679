// The diagnosis page in real Chromium: moving the installments slider recomputes the plan at once
// (the core runs in the page) and the comparison shows the four procedures.
import { expect, it } from 'vitest';
import { screenshot, wakaiInBrowser } from './browser.js';

const wakai = wakaiInBrowser();

it('moves the installments slider from 36 to 60 and sees the monthly total and the verdict change', async () => {
  const page = wakai.page();
  await page.goto(wakai.server().url);
  await page.getByTestId('case-list').getByRole('link', { name: '佐藤 一郎' }).click();
  await page.getByRole('link', { name: /診断/ }).click();
  await page.getByTestId('plan-monthly').waitFor();

  // Demo: 820,000 + 640,000 over 36 = 22,777 + 17,777 = 40,554 a month, plus 28 + 28 yen in the first
  // month (40,610), shown apart; 30,000 available.
  expect(await page.getByTestId('installments').innerText()).toBe('36回');
  expect(await page.getByTestId('plan-monthly').innerText()).toBe('40,554円');
  expect(await page.getByTestId('plan-first-month').innerText()).toBe('40,610円');
  expect(await page.getByTestId('plan-verdict').innerText()).toBe('毎月 10,554円 足りません(初回は 10,610円 足りません)');

  const slider = page.getByLabel('返済回数');
  await slider.focus();
  const started = Date.now();
  for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.getByTestId('installments').innerText()).toBe('60回');
  // 820,000 / 60 = 13,666 r 40; 640,000 / 60 = 10,666 r 40 → 24,332 a month, 24,412 in the first.
  expect(await page.getByTestId('plan-monthly').innerText()).toBe('24,332円');
  expect(await page.getByTestId('plan-first-month').innerText()).toBe('24,412円');
  expect(await page.getByTestId('plan-verdict').innerText()).toBe('家計の範囲で返せる見込みです');
  console.log(`slider: 24 steps rendered in ${Date.now() - started} ms`);

  const headers = await page.getByTestId('comparison').locator('thead th').allInnerTexts();
  expect(headers.filter((h) => h !== '')).toEqual(['任意整理', '個人再生', '自己破産', '特定調停']);
  expect(await page.getByTestId('risks').innerText()).toContain('みずほ銀行');
  await screenshot(page, 'diagnosis');

  // By a monthly amount: 30,000 split 820,000 : 640,000 → 16,849 / 13,151; 49 installments at most.
  await page.getByLabel('毎月の額で決める(按分)').check();
  await page.getByTestId('monthly-amount').waitFor();
  expect(await page.getByTestId('plan-monthly').innerText()).toBe('30,000円');
  expect(await page.getByTestId('plan-verdict').innerText()).toBe('家計の範囲で返せる見込みです');

  // A quote of 30,000 + 25,000 per creditor: the success fee is above the lawyers' 20,000 cap.
  await page.getByLabel('事務所1 解決報酬/社').fill('25000');
  await expect
    .poll(() => page.getByTestId('fee-issues-0').innerText())
    .toContain('1社あたりの解決報酬 25,000円 は上限 20,000円 を超えています');
  expect(await page.getByTestId('legal-aid').innerText()).toContain('世帯3人');
  await screenshot(page, 'diagnosis-fees');
  await page.getByRole('button', { name: '見積もりを保存' }).click();
  await page.getByText('見積もりを保存しました').waitFor();
  await page.reload();
  await expect.poll(() => page.getByLabel('事務所1 解決報酬/社').inputValue()).toBe('25000');
});
