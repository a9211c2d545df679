// Issue 18 #21: every page, checked by axe-core (no serious or critical finding; screenshot() runs it)
// and named in its <title> with the case it belongs to, so tabs and the history can be told apart.
import { expect, it } from 'vitest';
import { accessibilityProblems, screenshot, wakaiAndBrowser } from './browser.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

const wakai = wakaiAndBrowser();

it('gives every page a title naming it and its case, and no serious axe-core finding', async () => {
  const [demo] = (await (await fetch(`${wakai.server().url}/api/cases`)).json()) as Loose[];
  const detail = (await (await fetch(`${wakai.server().url}/api/cases/${demo.id}`)).json()) as Loose;
  const [history, , card] = detail.creditors;
  const name = '佐藤 一郎';
  const pages: [string, string, string][] = [
    ['a11y-case-list', '/', '案件一覧 | 和解 Wakai'],
    ['a11y-overview', `/cases/${demo.id}`, `${name} | 和解 Wakai`],
    ['a11y-budget', `/cases/${demo.id}/budget`, `家計収支 — ${name} | 和解 Wakai`],
    ['a11y-debtor', `/cases/${demo.id}/debtor`, `債務者と財産 — ${name} | 和解 Wakai`],
    [
      'a11y-contract',
      `/cases/${demo.id}/contracts/${history.contracts[0].id}`,
      `ひまわりファイナンス(架空) キャッシング基本契約 — ${name} | 和解 Wakai`,
    ],
    ['a11y-diagnosis', `/cases/${demo.id}/diagnosis`, `診断 — ${name} | 和解 Wakai`],
    ['a11y-negotiation-board', `/cases/${demo.id}/negotiation`, `交渉 — ${name} | 和解 Wakai`],
    ['a11y-creditor-negotiation', `/cases/${demo.id}/creditors/${card.id}/negotiation`, `さくらカード(架空) 交渉 — ${name} | 和解 Wakai`],
    ['a11y-preparation', `/cases/${demo.id}/creditors/${card.id}/prepare`, `さくらカード(架空) 準備シート — ${name} | 和解 Wakai`],
    ['a11y-documents', `/cases/${demo.id}/documents`, `書類 — ${name} | 和解 Wakai`],
    ['a11y-audit', `/cases/${demo.id}/audit`, `変更履歴 — ${name} | 和解 Wakai`],
    ['a11y-trash', `/cases/${demo.id}/trash`, `ごみ箱 — ${name} | 和解 Wakai`],
    ['a11y-deadlines', '/deadlines', '期限 | 和解 Wakai'],
    ['a11y-glossary', '/glossary', '用語集 | 和解 Wakai'],
  ];
  const page = await wakai.browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const titles: Record<string, string> = {};
  const found: Record<string, string[]> = {};
  for (const [shot, path, title] of pages) {
    await page.goto(`${wakai.server().url}${path}`);
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.title()).toBe(title);
    titles[shot] = await page.title();
    found[shot] = await accessibilityProblems(page);
    if (found[shot].length === 0) await screenshot(page, shot);
  }
  expect(found).toEqual(Object.fromEntries(pages.map(([shot]) => [shot, []])));
  // Every title differs: tabs and the history can be told apart.
  expect(new Set(Object.values(titles)).size).toBe(pages.length);
  await page.close();
}, 240_000);
