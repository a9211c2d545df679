// Issue 18 #9 in real Chromium on a 390 px phone: a debtor negotiating alone (代理人: いいえ) is not
// offered 受任通知送付 nor told to answer 「代理人に任せています」; a step taken by mistake is taken
// back with one confirmed tap, stays listed as undone, and the undo is in the 変更履歴.
import { describe, expect, it } from 'vitest';
import { screenshot, wakaiAndBrowser } from './browser.js';

describe('status steps on a phone', () => {
  const wakai = wakaiAndBrowser();

  it('offers a debtor alone only their steps, and takes a step back, keeping it as undone', async () => {
    const created = await wakai.api('POST', '/cases', { title: 'ひとりで交渉', debtor: { name: '本人 一子' } });
    await wakai.api('PATCH', `/cases/${created.id}`, { officeActs: false, version: created.version });
    const creditor = await wakai.api('POST', `/cases/${created.id}/creditors`, { name: 'A社', kind: 'card' });
    const page = await wakai.browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });

    await page.goto(`${wakai.server().url}/cases/${created.id}/creditors/${creditor.id}/negotiation`);
    const form = page.getByRole('form', { name: '段階を進める' });
    await expect.poll(() => form.getByLabel('次の段階').locator('option').allInnerTexts()).toEqual(['取引履歴請求', '時効援用']);
    expect(await page.locator('main').innerText()).not.toContain('代理人に任せています');
    await screenshot(page, 'status-alone-phone');

    await form.getByRole('button', { name: '「取引履歴請求」にする' }).click();
    await expect.poll(() => page.getByTestId('negotiation-status').innerText()).toBe('取引履歴請求');
    await page.getByRole('button', { name: '「取引履歴請求」を取り消す' }).click();
    await expect.poll(() => page.getByTestId('negotiation-status').innerText()).toBe('未着手');
    expect(questions).toEqual([expect.stringContaining('「取引履歴請求」')]);
    const undone = page.getByTestId('undone-steps');
    await expect.poll(() => undone.innerText()).toContain('取引履歴請求');
    expect(await undone.innerText()).toMatch(/取り消し/);
    await undone.scrollIntoViewIfNeeded();
    await screenshot(page, 'status-undone-phone');

    await page.goto(`${wakai.server().url}/cases/${created.id}/audit`);
    const log = page.getByTestId('audit-list');
    await expect
      .poll(async () => (await log.locator('li.audit-entry').first().innerText()).replace(/\s+/g, ' '))
      .toContain('取り消し 交渉の段階 A社');
    // The steps by their names, not their codes.
    expect(await log.locator('li.audit-entry').first().innerText()).toContain('段階: 取引履歴請求 → 未着手');
    await screenshot(page, 'status-undo-audit-phone');
  });
});
