// Bad input in the forms gets a Japanese message naming the field and loses nothing; a good edit
// survives a reload. Real Chromium against the real server.
import { expect, it } from 'vitest';
import { screenshot, wakaiInBrowser } from './browser.js';

const wakai = wakaiInBrowser();

it('names the wrong cell of the debtor and assets form, then saves what is right', async () => {
  const page = wakai.page();
  await page.goto(wakai.server().url);
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
  // Issue 18 #7: the form's names are the map's, as the 変更履歴 prints them, with the required mark and units around.
  expect(await page.getByLabel('氏名(必須)', { exact: true }).inputValue()).not.toBe('');
  expect(await page.getByLabel('旧姓・旧氏名(1行に1つ)').count()).toBe(1);
  await page.getByRole('button', { name: '自動車を追加' }).click();
  expect(await page.getByLabel('自動車 1 車名').count()).toBe(1);
  expect(await page.getByLabel('自動車 1 時価(円)').count()).toBe(1);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'debtor-labels-390');
});

it('names the wrong field of a contract and keeps the stored value', async () => {
  const page = wakai.page();
  await page.goto(wakai.server().url);
  await page.getByTestId('case-list').getByRole('link').first().click();
  await page
    .getByRole('row', { name: /みずほ銀行/ })
    .getByRole('link', { name: /件\)$/ })
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

it('records an actual month of the court format and shows whether it balances', async () => {
  const page = wakai.page();
  await page.goto(wakai.server().url);
  await page.getByTestId('case-list').getByRole('link').first().click();
  await page.getByRole('link', { name: '家計収支を入力' }).click();
  await page.getByLabel('追加する月').fill('2026-10');
  await page.getByRole('button', { name: '月を追加' }).click();
  await page.getByRole('tab', { name: '2026-10' }).waitFor();
  await page.locator('input[name="income.carriedOver"]').fill('10000');
  await page.locator('input[name="income.salaryApplicant"]').fill('200000');
  await page.locator('input[name="spending.rent"]').fill('150000');
  await expect.poll(() => page.getByTestId('budget-imbalance').innerText()).toBe('60,000円');
  await page.locator('input[name="spending.carriedForward"]').fill('60000');
  await expect.poll(() => page.getByTestId('budget-imbalance').innerText()).toBe('0円');
  // 200,000 earned − 150,000 living costs (前月繰越 and 翌月繰越 left out).
  expect(await page.getByTestId('budget-available').innerText()).toBe('50,000円');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('家計収支を保存しました').waitFor();
  await page.reload();
  await page.getByRole('tab', { name: '2026-10' }).click();
  await expect.poll(() => page.getByTestId('budget-imbalance').innerText()).toBe('0円');
  await screenshot(page, 'budget-month');
});

it('takes rows pasted from Excel into the history grid', async () => {
  const page = wakai.page();
  await page.goto(wakai.server().url);
  await page.getByTestId('case-list').getByRole('link').first().click();
  await page
    .getByRole('row', { name: /さくらカード/ })
    .getByRole('link', { name: /件\)$/ })
    .click();
  const cell = page.getByLabel('1行目 年月日');
  await cell.click();
  await cell.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'H15.2.1\t300,000\t\r\n2003/3/1\t\t20000\r\n');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => page.getByLabel('2行目 返済').inputValue()).toBe('20000');
  expect(await page.getByLabel('1行目 借入').inputValue()).toBe('300,000');
  await page.getByRole('button', { name: '取引履歴を保存' }).click();
  await page.getByText('2件の取引を保存しました').waitFor();
  // 300,000 × 18% × 28/365 = 4,142 interest; 20,000 − 4,142 = 15,858 off principal → 284,142.
  await expect.poll(() => page.getByTestId('ledger-balance').innerText()).toBe('284,142円');
});
