// A debtor's device is a phone (issue 9 #12): every page at 390 × 844 in real Chromium — nothing
// scrolls sideways but a table's own box, no button wider than the screen, the grid's dates whole —
// with a screenshot of each. The diagnosis prints on A4 without its buttons.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, screenshot, wakaiAndBrowser } from './browser.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

/**
 * What a phone user would notice: the page wider than the screen, a button past its edge (inside a
 * box that scrolls on its own — a long table — a button may be out of view: the box scrolls, not the page).
 */
async function layoutProblems(page: Page, width: number) {
  return page.evaluate((width) => {
    const problems: string[] = [];
    const scrollsOnItsOwn = (element: HTMLElement | null): boolean => {
      for (let at = element?.parentElement; at && at !== document.body; at = at.parentElement) {
        const overflow = getComputedStyle(at).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && at.scrollWidth > at.clientWidth) return true;
      }
      return false;
    };
    if (document.documentElement.scrollWidth > width) problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const button of document.querySelectorAll<HTMLElement>('button, .button')) {
      const box = button.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1) && !scrollsOnItsOwn(button))
        problems.push(`button 「${button.textContent}」 past the edge`);
    }
    return problems;
  }, width);
}

describe('every page on a phone', () => {
  const wakai = wakaiAndBrowser();

  it('fits 390 px: no sideways scroll, every button on screen, the grid dates whole', async () => {
    const [demo] = (await (await fetch(`${wakai.server().url}/api/cases`)).json()) as Loose[];
    const detail = (await (await fetch(`${wakai.server().url}/api/cases/${demo.id}`)).json()) as Loose;
    const [history, , card] = detail.creditors;
    const pages: [string, string, string][] = [
      ['phone-case-list', '/', '案件一覧'],
      ['phone-overview', `/cases/${demo.id}`, '債権者'],
      ['phone-budget', `/cases/${demo.id}/budget`, '家計収支表'],
      ['phone-debtor', `/cases/${demo.id}/debtor`, '債務者と財産'],
      ['phone-contract', `/cases/${demo.id}/contracts/${history.contracts[0].id}`, '引き直し計算'],
      ['phone-diagnosis', `/cases/${demo.id}/diagnosis`, '手続の比較'],
      ['phone-negotiation-board', `/cases/${demo.id}/negotiation`, '交渉の状況'],
      ['phone-creditor-negotiation', `/cases/${demo.id}/creditors/${card.id}/negotiation`, '和解案'],
      ['phone-documents', `/cases/${demo.id}/documents`, '書類'],
      ['phone-deadlines', '/deadlines', '期限'],
      ['phone-audit', `/cases/${demo.id}/audit`, '変更履歴'],
      ['phone-trash', `/cases/${demo.id}/trash`, 'ごみ箱'],
    ];
    const page = await wakai.browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const found: Record<string, string[]> = {};
    for (const [name, path, heading] of pages) {
      await page.goto(`${wakai.server().url}${path}`);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await page.waitForLoadState('networkidle');
      found[name] = await layoutProblems(page, 390);
      await screenshot(page, name);
    }
    expect(found).toEqual(Object.fromEntries(pages.map(([name]) => [name, []])));

    // The grid's dates are shown whole, not cut by a narrow cell.
    await page.goto(`${wakai.server().url}/cases/${demo.id}/contracts/${history.contracts[0].id}`);
    const date = page.getByLabel('1行目 年月日', { exact: true });
    expect(await date.inputValue()).toBe('2009-04-10');
    expect(await date.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
    await page.close();
  }, 180_000);

  it('prints the diagnosis on A4 paper without its buttons and sliders', async () => {
    const [demo] = (await (await fetch(`${wakai.server().url}/api/cases`)).json()) as Loose[];
    const page = await wakai.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${wakai.server().url}/cases/${demo.id}/diagnosis`);
    await page.getByTestId('comparison').waitFor();
    await page.emulateMedia({ media: 'print' });
    const visibleButtons = await page.evaluate(
      () => [...document.querySelectorAll<HTMLElement>('button, input[type=range], .button')].filter((b) => b.offsetParent !== null).length,
    );
    expect(visibleButtons).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const file = join(artifacts, 'diagnosis-print.pdf');
    writeFileSync(file, pdf);
    if (existsSync('/usr/bin/pdfinfo')) {
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('手続の比較');
      expect(text).not.toContain('この診断を印刷する');
      // Every column of the comparison is on the paper: the last procedure's heading is printed.
      expect(text).toContain('特定調停');
    }
    await page.close();
  }, 120_000);
});
