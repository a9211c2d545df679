// Nothing lost (issue 9): in real Chromium against the real server, an imported history keeps every
// column through an edit of one cell; two sessions on one history meet a 409 and the second keeps
// its rows; leaving with unsaved edits asks first; a row, a case can be deleted; the case title is
// edited on the case page and survives a budget save; the list searches; the ledger takes 冒頭残高.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, screenshot, wakaiAndBrowser } from './browser.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

async function call(base: string, method: string, path: string, body?: unknown): Promise<Loose> {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

/** A case with one creditor and an empty contract. */
async function seed(base: string, debtor: Record<string, unknown>, title = '') {
  const created = await call(base, 'POST', '/cases', { title, debtor });
  const creditor = await call(base, 'POST', `/cases/${created.id}/creditors`, { name: 'みなみ信販(架空)', kind: 'card' });
  const contract = await call(base, 'POST', `/creditors/${creditor.id}/contracts`, { label: '基本契約', contractRate: '29.2' });
  return { caseId: created.id as string, contractId: contract.id as string, url: `${base}/cases/${created.id}/contracts/${contract.id}` };
}

const imported = [
  { date: '2002-04-01', borrow: 300_000, repay: 0, rate: '29.2', note: '契約', estimated: true },
  { date: '2002-05-01', borrow: 0, repay: 15_000, rate: null, note: '', estimated: true },
  { date: '2002-06-01', borrow: 0, repay: 15_000, rate: null, note: '口座振替', estimated: false },
  { date: '2002-07-01', borrow: 100_000, repay: 0, rate: '25.55', note: '増枠', estimated: false },
  { date: '2002-08-01', borrow: 0, repay: 20_000, rate: null, note: '', estimated: false },
];
const csv = [
  '年月日,借入,返済,利率,備考,推定',
  '2002/4/1,300000,,29.2,契約,○',
  '2002/5/1,,15000,,,○',
  '2002/6/1,,15000,,口座振替,',
  '2002/7/1,100000,,25.55%,増枠,',
  '2002/8/1,,20000,,,',
].join('\n');

async function importHistory(page: Page) {
  const file = join(artifacts, 'history-with-rates.csv');
  writeFileSync(file, `${csv}\n`);
  await page.getByLabel('取引履歴ファイル', { exact: true }).setInputFiles(file);
  const preview = page.getByTestId('import-preview');
  await preview.waitFor();
  return preview;
}

describe('nothing lost in the browser', () => {
  const wakai = wakaiAndBrowser();

  it('imports a history with rates and estimated rows, edits one cell, and every other cell stays as imported', async () => {
    const { contractId, url } = await seed(wakai.server().url, { name: '近藤 三郎' });
    const page = await wakai.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const preview = await importHistory(page);
    // The preview shows every column that will be saved.
    expect(await preview.getByRole('row', { name: /2002-04-01/ }).innerText()).toMatch(/300,000\s+29\.2%\s+契約\s+推定/);
    expect(await preview.getByRole('row', { name: /2002-07-01/ }).innerText()).toMatch(/100,000\s+25\.55%\s+増枠/);
    await preview.getByRole('button', { name: /この内容で取り込む/ }).click();
    await page.getByText('5件の取引を取り込みました').waitFor();
    expect((await call(wakai.server().url, 'GET', `/contracts/${contractId}/transactions`)).transactions).toEqual(imported);

    // The grid shows the rate and the 推定 flag; one cell is edited, the rest is left alone.
    // The notice can come before the grid has reloaded the saved rows: wait for them, then read.
    await expect.poll(() => page.getByLabel('1行目 利率').inputValue()).toBe('29.2');
    expect(await page.getByLabel('2行目 推定').isChecked()).toBe(true);
    await page.getByLabel('5行目 返済').fill('25000');
    await page.getByRole('button', { name: '取引履歴を保存' }).click();
    await page.getByText('5件の取引を保存しました').waitFor();
    await screenshot(page, 'grid-rate-estimated');
    // Failed on main: every row came back with rate null and estimated false.
    const stored = (await call(wakai.server().url, 'GET', `/contracts/${contractId}/transactions`)).transactions;
    expect(stored).toEqual(imported.map((row, index) => (index === 4 ? { ...row, repay: 25_000 } : row)));
    await page.close();
  }, 120_000);

  it('two sessions on one history: the second gets a 409, keeps its rows on screen and sees what differs', async () => {
    const { contractId, url } = await seed(wakai.server().url, { name: '近藤 四郎' });
    await call(wakai.server().url, 'PUT', `/contracts/${contractId}/transactions`, { version: 0, transactions: imported });
    const [first, second] = await Promise.all([wakai.browser().newContext(), wakai.browser().newContext()]);
    const one = await first.newPage();
    const two = await second.newPage();
    await Promise.all([one.goto(url), two.goto(url)]);
    await Promise.all([one.getByLabel('5行目 返済').waitFor(), two.getByLabel('5行目 返済').waitFor()]);

    await one.getByLabel('5行目 返済').fill('30000');
    await one.getByRole('button', { name: '取引履歴を保存' }).click();
    await one.getByText('5件の取引を保存しました').waitFor();

    await two.getByLabel('3行目 備考').fill('窓口で返済');
    await two.getByRole('button', { name: '取引履歴を保存' }).click();
    const conflict = two.getByTestId('history-conflict');
    await conflict.waitFor();
    // Failed on main: the second save silently replaced the first one's history.
    expect((await call(wakai.server().url, 'GET', `/contracts/${contractId}/transactions`)).transactions[4].repay).toBe(30_000);
    expect(await two.getByLabel('3行目 備考').inputValue()).toBe('窓口で返済');
    const shown = await conflict.innerText();
    expect(shown).toContain('3行目: 2002-06-01 返済 15,000 窓口で返済');
    expect(shown).toContain('5行目: 2002-08-01 返済 30,000');
    await screenshot(two, 'history-conflict');

    // The second session chooses to keep its own rows: saved over theirs, on purpose.
    await conflict.getByRole('button', { name: 'あなたの履歴で上書き保存' }).click();
    await two.getByText('5件の取引を保存しました').waitFor();
    const stored = (await call(wakai.server().url, 'GET', `/contracts/${contractId}/transactions`)).transactions;
    expect([stored[2].note, stored[4].repay]).toEqual(['窓口で返済', 20_000]);
    await Promise.all([first.close(), second.close()]);
  }, 120_000);

  it('asks before leaving unsaved edits, deletes a grid row, and leaves without asking once saved', async () => {
    const { caseId, contractId, url } = await seed(wakai.server().url, { name: '近藤 五郎' });
    await call(wakai.server().url, 'PUT', `/contracts/${contractId}/transactions`, { version: 0, transactions: imported });
    const page = await wakai.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.getByLabel('4行目を削除').click();
    expect(await page.getByLabel('4行目 年月日').inputValue()).toBe('2002-08-01');
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: '近藤 五郎' }).click();
    await expect.poll(() => questions).toEqual(['保存していない変更があります。保存せずにこのページを離れますか?']);
    expect(page.url()).toBe(url);
    expect(await page.getByLabel('4行目 年月日').inputValue()).toBe('2002-08-01');
    await page.getByRole('button', { name: '取引履歴を保存' }).click();
    await page.getByText('4件の取引を保存しました').waitFor();
    expect((await call(wakai.server().url, 'GET', `/contracts/${contractId}/transactions`)).transactions.map((t: Loose) => t.date)).toEqual(
      ['2002-04-01', '2002-05-01', '2002-06-01', '2002-08-01'],
    );
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: '近藤 五郎' }).click();
    await page.waitForURL(`${wakai.server().url}/cases/${caseId}`);
    expect(questions).toHaveLength(1);
    await page.close();
  }, 120_000);

  it('edits the title on the case page, keeps it through a budget save, finds and deletes a case by name', async () => {
    const first = await seed(wakai.server().url, { name: '同名 花子', nameKana: 'どうめい はなこ', birthDate: '1985-03-03' }, '一件目');
    await seed(wakai.server().url, { name: '同名 花子', prefecture: '福岡県' }, '二件目');
    const page = await wakai.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${wakai.server().url}/cases/${first.caseId}`);
    await page.getByText('案件名を変える').click();
    await page.getByRole('form', { name: '案件名' }).getByLabel('案件名').fill('同名 花子さん(任意整理)');
    await page.getByRole('button', { name: '案件名を保存' }).click();
    await expect.poll(() => page.getByTestId('case-title').innerText()).toBe('同名 花子さん(任意整理)');

    await page.getByRole('link', { name: '家計収支を入力' }).click();
    await page.getByLabel('給与(申立人)', { exact: true }).fill('210,000');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('家計収支を保存しました').waitFor();
    await page.getByRole('link', { name: '同名 花子' }).click();
    // Failed on main: the budget save came back with title "".
    await expect.poll(() => page.getByTestId('case-title').innerText()).toBe('同名 花子さん(任意整理)');

    // The list tells the two 同名 花子 apart and finds them by name or furigana.
    await page.getByRole('link', { name: '案件一覧' }).click();
    await page.getByLabel('案件を探す').fill('どうめい');
    await expect.poll(() => page.getByTestId('case-list').getByRole('row').count()).toBe(2);
    await page.getByLabel('案件を探す').fill('同名');
    await expect.poll(() => page.getByTestId('case-list').getByRole('row').count()).toBe(3);
    const list = await page.getByTestId('case-list').innerText();
    expect(list).toContain('昭和60年3月3日生');
    expect(list).toContain('福岡県');
    await screenshot(page, 'case-list-search');

    // Deleting asks first and names the case; the second click deletes it.
    await page.getByRole('link', { name: '同名 花子' }).first().click();
    await page.getByRole('button', { name: 'この案件を削除' }).click();
    const confirm = page.getByTestId('delete-case');
    expect(await confirm.innerText()).toContain('同名 花子さんの案件「');
    await screenshot(page, 'delete-case');
    const deleting = page.url().split('/').pop() as string;
    await confirm.getByRole('button', { name: '同名 花子さんの案件を削除する' }).click();
    await page.waitForURL(`${wakai.server().url}/`);
    expect((await call(wakai.server().url, 'GET', '/cases?q=同名')).map((c: Loose) => c.id)).not.toContain(deleting);
    await page.close();
  }, 120_000);

  it('takes the 冒頭残高 the ledger asks for, and keeps it with the contract', async () => {
    const { contractId, url } = await seed(wakai.server().url, { name: '近藤 六郎' });
    await call(wakai.server().url, 'PUT', `/contracts/${contractId}/transactions`, {
      version: 0,
      transactions: [
        { date: '2005-01-10', repay: 20_000 },
        { date: '2005-02-10', repay: 20_000 },
      ],
    });
    const page = await wakai.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.getByText('冒頭残高」に入力できます').waitFor();
    await page.getByLabel('冒頭残高').fill('200,000');
    await page.getByLabel('冒頭残高').blur();
    // 200,000 − 20,000 on 2005-01-10 (no interest before the first row) = 180,000; then
    // 180,000 × 18% × 31/365 = 2,751 interest, 20,000 − 2,751 = 17,249 off principal → 162,751.
    await expect.poll(() => page.getByTestId('ledger-balance').innerText()).toBe('162,751円');
    await page.getByRole('button', { name: 'この計算条件を契約に保存' }).click();
    await page.getByText('この計算条件を契約に保存しました').waitFor();
    expect((await call(wakai.server().url, 'GET', `/contracts/${contractId}`)).recalcOptions).toMatchObject({ openingBalance: 200_000 });
    await page.reload();
    await expect.poll(() => page.getByTestId('ledger-balance').innerText()).toBe('162,751円');
    // The other conventions are computed when their table is opened: a fixed 365-day year is the same here.
    await page.getByText('条件を変えた場合の違い').click();
    await expect
      .poll(() =>
        page
          .getByTestId('variants')
          .getByRole('row', { name: /1年365日固定/ })
          .innerText(),
      )
      .toMatch(/162,751\s+±0/);
    await page.close();
  }, 120_000);
});
