// Issue 13 on a phone (390 × 844), in real Chromium against the real server: a creditor deleted and
// restored from the case's ごみ箱, the 変更履歴 naming both, the debtor's case file read into the
// case with its differences shown before it is applied, and a deleted case restored from the list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { artifacts, screenshot, wakaiInBrowser } from './browser.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

const wakai = wakaiInBrowser();

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${wakai.server().url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as Loose;
};

it('restores from the trash, shows the log, previews a case file before applying it', async () => {
  const page = wakai.page();
  await page.setViewportSize({ width: 390, height: 844 });
  const [demo] = (await call('GET', '/cases')) as Loose[];
  const detail = await call('GET', `/cases/${demo.id}`);
  const doomed = detail.creditors[1];
  await call('DELETE', `/creditors/${doomed.id}`);

  await page.goto(`${wakai.server().url}/cases/${demo.id}`);
  await page.getByRole('link', { name: 'ごみ箱' }).click();
  await page.getByRole('heading', { name: 'ごみ箱' }).waitFor();
  await page.getByTestId('trash-list').getByText(doomed.name).waitFor();
  await screenshot(page, 'phone-case-trash');
  await page.getByRole('button', { name: '元に戻す' }).click();
  await page.getByText(`「${doomed.name}」を元に戻しました`).waitFor();
  await page.getByText('ごみ箱は空です。').waitFor();
  expect((await call('GET', `/cases/${demo.id}`)).creditors.map((c: Loose) => c.name)).toEqual(detail.creditors.map((c: Loose) => c.name));

  // The crumbs name the case by its debtor (issue 18 #12: they said 「案件」).
  await page.getByRole('navigation', { name: '現在地' }).getByRole('link', { name: demo.debtorName, exact: true }).click();
  await page.getByRole('link', { name: '変更履歴' }).click();
  const log = page.getByTestId('audit-list');
  await log.getByText('復元').first().waitFor();
  const first = await log.locator('li.audit-entry').first().innerText();
  expect(first).toContain(`復元 債権者 ${doomed.name}`);
  expect(await log.locator('li.audit-entry').nth(1).innerText()).toContain(`削除 債権者 ${doomed.name}`);
  await screenshot(page, 'phone-case-audit');

  // The debtor's own file: the salary raised and one repayment corrected.
  const file = await call('GET', `/cases/${demo.id}/export`);
  file.case.budget.monthly.income.salaryApplicant += 5_000;
  const contract = file.case.creditors[0].contracts[0];
  const corrected = contract.transactions[1];
  corrected.repay += 1_000;
  const path = join(artifacts, 'debtor-case-file.json');
  writeFileSync(path, JSON.stringify(file));
  // The crumbs name the case by its debtor (issue 18 #12: they said 「案件」).
  await page.getByRole('navigation', { name: '現在地' }).getByRole('link', { name: demo.debtorName, exact: true }).click();
  await page.getByText('案件ファイルから更新').click();
  await page.getByLabel('取り込む案件ファイル').setInputFiles(path);
  const preview = page.getByRole('region', { name: '取り込みで変わる内容' });
  await preview.getByText('給与(申立人)', { exact: false }).waitFor();
  expect(await preview.innerText()).toContain(`変更 ${corrected.date}`);
  await screenshot(page, 'phone-case-file-merge');
  await preview.getByRole('button', { name: 'この内容で更新する' }).click();
  await page.getByText('案件ファイルの内容で更新しました').waitFor();
  const after = await call('GET', `/cases/${demo.id}/export`);
  expect(after.case.budget).toEqual(file.case.budget);
  expect(after.case.creditors[0].contracts[0].transactions[1].repay).toBe(corrected.repay);

  // A deleted case waits in the list's trash.
  const spare = await call('POST', '/cases', { debtor: { name: '削除 太郎' } });
  await call('DELETE', `/cases/${spare.id}`);
  await page.goto(wakai.server().url);
  await page.getByText(/ごみ箱\(削除した案件 1件\)/).click();
  await page.getByTestId('trashed-cases').getByText('削除 太郎').waitFor();
  await screenshot(page, 'phone-case-list-trash');
  await page.getByTestId('trashed-cases').getByRole('button', { name: '元に戻す' }).click();
  await page.getByTestId('case-list').getByRole('link', { name: '削除 太郎' }).waitFor();
});
