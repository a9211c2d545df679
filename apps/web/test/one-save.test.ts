// Issue 18 #7: the save-and-conflict loop exists once. Each screen that kept its own (the debtor's
// facts, the office-acts choice, the fee quotes, the consultation checklist, the ledger's options,
// the history grid, the office's creditor notes) meets someone else's newer save the same way, on a
// 390 × 844 phone and at 1366: the explanation on screen, the user's input kept beside theirs and
// named by the core's one field-label map, and the user choosing to save over theirs or to read theirs.
// On main the office-acts choice, the checklist and the notes reloaded silently (the user's choice
// lost), and the fee and ledger conflicts named every field 「見積もり 1件目」 / 「計算条件」.
import { bringItems } from '@wakai/core';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startWakai } from './browser.js';

type Started = Awaited<ReturnType<typeof startWakai>>;
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

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
];

describe.each(viewports)('one versioned save, on a $name', (viewport) => {
  let server: Started;
  let browser: Browser;
  let page: Page;
  let caseId: string;
  let creditorId: string;
  let contractId: string;
  const creditorName = `ひとつ信販(架空・${viewport.name})`;

  /** Someone else (another tab, a colleague) saves the case meanwhile. */
  async function theySaveCase(edit: (stored: Loose) => Record<string, unknown>) {
    const stored = (await call(server.url, 'GET', `/cases/${caseId}`)).case;
    await call(server.url, 'PATCH', `/cases/${caseId}`, { ...edit(stored), version: stored.version });
  }

  /** The conflict in `within`, brought onto the screen; its row for `field`, as the user reads it. */
  async function conflictRow(within: Page | Locator, field: RegExp): Promise<string> {
    const conflict = within.getByTestId('conflict');
    await conflict.waitFor();
    await expect
      .poll(async () => {
        const box = await conflict.boundingBox();
        return box !== null && box.y < viewport.height && box.y + box.height > 0;
      })
      .toBe(true);
    return conflict.getByRole('row', { name: field }).innerText();
  }

  beforeAll(async () => {
    server = await startWakai();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport });
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
    page.on('console', (m) => console.log('CONSOLE', m.text()));
    caseId = (await call(server.url, 'POST', '/cases', { title: '一つの保存', debtor: { name: '保存 一子', occupation: '会社員' } })).id;
    creditorId = (await call(server.url, 'POST', `/cases/${caseId}/creditors`, { name: creditorName, kind: 'consumer-finance' })).id;
    contractId = (await call(server.url, 'POST', `/creditors/${creditorId}/contracts`, { label: '基本契約', contractRate: '29.2' })).id;
    const rows = [{ date: '2010-04-01', borrow: 500_000 }, ...[5, 6, 7, 8].map((m) => ({ date: `2010-0${m}-27`, repay: 20_000 }))];
    await call(server.url, 'PUT', `/contracts/${contractId}/transactions`, { version: 0, transactions: rows });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("keeps the debtor's facts beside theirs and saves over theirs on purpose", async () => {
    await page.goto(`${server.url}/cases/${caseId}/debtor`);
    const occupation = page.locator('input[name="occupation"]');
    await expect.poll(() => occupation.inputValue()).toBe('会社員');
    await theySaveCase((stored) => ({ debtor: { ...stored.debtor, occupation: '自営業' } }));
    await occupation.fill('パート');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    expect(await conflictRow(page, /職業/)).toMatch(/職業\s+パート\s+自営業/);
    expect(await occupation.inputValue()).toBe('パート');
    await screenshot(page, `one-save-debtor-${viewport.name}`);
    await page.getByRole('button', { name: 'あなたの入力で上書き保存' }).click();
    await page.getByText('債務者と財産の情報を保存しました').waitFor();
    expect((await call(server.url, 'GET', `/cases/${caseId}`)).case.debtor.occupation).toBe('パート');
  });

  it('keeps the office-acts choice on screen instead of reloading over it', async () => {
    await page.goto(`${server.url}/cases/${caseId}`);
    const choice = page.getByLabel('代理人が付いているか');
    await choice.waitFor();
    await theySaveCase(() => ({ officeActs: true }));
    await choice.selectOption('no');
    expect(await conflictRow(page, /代理人/)).toMatch(/代理人\s+いいえ\s+はい/);
    expect(await choice.inputValue()).toBe('no');
    await screenshot(page, `one-save-office-acts-${viewport.name}`);
    await page.getByRole('button', { name: 'あなたの入力で上書き保存' }).click();
    await page.getByText('保存しました', { exact: true }).waitFor();
    expect((await call(server.url, 'GET', `/cases/${caseId}`)).case.officeActs).toBe(false);
  });

  it('names a fee quote conflict by its column, and reads theirs when asked', async () => {
    await page.goto(`${server.url}/cases/${caseId}/diagnosis`);
    const fees = page.getByRole('region', { name: '費用' });
    const retainer = fees.getByLabel('事務所1 着手金/社');
    await retainer.waitFor();
    const quote = { profession: 'lawyer', successFeePerCreditor: 20_000, reductionFeePercent: '0', refundFeePercent: '20' };
    await theySaveCase(() => ({ feeQuotes: [{ ...quote, office: '事務所1', retainerPerCreditor: 55_000 }] }));
    await retainer.fill('40000');
    await fees.getByRole('button', { name: '見積もりを保存' }).click();
    expect(await conflictRow(fees, /着手金\/社/)).toMatch(/費用の見積り 1件目 着手金\/社\s+40,000\s+55,000/);
    expect(await retainer.inputValue()).toBe('40000');
    await screenshot(page, `one-save-fees-${viewport.name}`);
    await fees.getByRole('button', { name: '保存されている内容を読み込む(あなたの入力は破棄)' }).click();
    await expect.poll(() => fees.getByLabel('事務所1 着手金/社').inputValue()).toBe('55000');
    expect(await fees.getByTestId('conflict').count()).toBe(0);
  });

  it('keeps a ticked checklist item ticked beside the one someone else ticked', async () => {
    await page.goto(`${server.url}/cases/${caseId}/diagnosis`);
    const checklist = page.getByRole('region', { name: '相談の準備' });
    const [mine, theirs] = bringItems as [(typeof bringItems)[number], (typeof bringItems)[number]];
    const box = checklist.getByLabel(mine.label);
    await box.waitFor();
    await theySaveCase((stored) => ({ checklist: { ...stored.checklist, ticked: [theirs.id] } }));
    await box.check();
    const row = await conflictRow(checklist, /済みの項目/);
    expect(row).toContain('相談のチェックリスト 済みの項目 1件目');
    expect(row.indexOf(mine.label)).toBeLessThan(row.indexOf(theirs.label));
    expect(await box.isChecked()).toBe(true);
    await screenshot(page, `one-save-checklist-${viewport.name}`);
    await checklist.getByRole('button', { name: 'あなたの入力で上書き保存' }).click();
    await checklist.getByText('保存しました', { exact: true }).waitFor();
    expect((await call(server.url, 'GET', `/cases/${caseId}`)).case.checklist.ticked).toEqual([mine.id]);
  });

  it("names the ledger option that differs, and saves the user's over theirs", async () => {
    await page.goto(`${server.url}/cases/${caseId}/contracts/${contractId}`);
    const ledger = page.getByRole('region', { name: '引き直し計算' });
    await ledger.getByTestId('ledger-balance').waitFor();
    const contract = await call(server.url, 'GET', `/contracts/${contractId}`);
    await call(server.url, 'PUT', `/contracts/${contractId}`, {
      recalcOptions: { ...contract.recalcOptions, rate: 'contract' },
      version: contract.version,
    });
    await ledger.getByLabel('利率', { exact: true }).selectOption('18');
    await ledger.getByRole('button', { name: 'この計算条件を契約に保存' }).click();
    expect(await conflictRow(ledger, /利率/)).toMatch(/計算条件 利率\s+18\s+約定利率/);
    await screenshot(page, `one-save-ledger-${viewport.name}`);
    await ledger.getByRole('button', { name: 'あなたの入力で上書き保存' }).click();
    await ledger.getByText('この計算条件を契約に保存しました', { exact: false }).waitFor();
    expect((await call(server.url, 'GET', `/contracts/${contractId}`)).recalcOptions.rate).toBe('18');
  });

  it('brings a history saved meanwhile onto the screen, row by row, beside the rows typed', async () => {
    await page.goto(`${server.url}/cases/${caseId}/contracts/${contractId}`);
    const note = page.getByLabel('3行目 備考');
    await note.waitFor();
    const stored = await call(server.url, 'GET', `/contracts/${contractId}/transactions`);
    const theirs = stored.transactions.map((row: Loose, index: number) => (index === 4 ? { ...row, repay: 30_000 } : row));
    await call(server.url, 'PUT', `/contracts/${contractId}/transactions`, { version: stored.version, transactions: theirs });
    await note.fill('窓口で返済');
    await page.getByRole('button', { name: '取引履歴を保存' }).click();
    const conflict = page.getByTestId('history-conflict');
    await conflict.waitFor();
    // On main the row-by-row view stayed where it was drawn, above a grid taller than a phone.
    await expect
      .poll(async () => {
        const box = await conflict.boundingBox();
        return box !== null && box.y < viewport.height && box.y + box.height > 0;
      })
      .toBe(true);
    expect(await conflict.innerText()).toContain('5行目: 2010-08-27 返済 30,000');
    expect(await note.inputValue()).toBe('窓口で返済');
    await screenshot(page, `one-save-history-${viewport.name}`);
    await conflict.getByRole('button', { name: 'あなたの履歴で上書き保存' }).click();
    await page.getByText('5件の取引を保存しました').waitFor();
    const saved = (await call(server.url, 'GET', `/contracts/${contractId}/transactions`)).transactions;
    expect([saved[2].note, saved[4].repay]).toEqual(['窓口で返済', 20_000]);
  });

  it("never saves an office note over a colleague's: theirs is read, the draft kept to add again", async () => {
    await page.goto(`${server.url}/cases/${caseId}/creditors/${creditorId}/negotiation`);
    const panel = page.getByRole('region', { name: 'この債権者の傾向' });
    // Not by its label: a filled textarea's accessible name includes what is typed in it.
    const draft = panel.locator('textarea');
    await draft.waitFor();
    const stored = await call(server.url, 'GET', '/creditor-notes');
    const colleague = { scope: 'name', subject: creditorName, note: `同僚のメモ(${viewport.name})` };
    await call(server.url, 'PUT', '/creditor-notes', { notes: [...stored.notes, colleague], version: stored.version });
    await draft.fill('36回まで応じた例');
    await panel.getByRole('button', { name: 'メモを追加' }).click();
    expect(await conflictRow(panel, /事務所のメモ/)).toContain('36回まで応じた例');
    expect(await panel.getByRole('button', { name: 'あなたの入力で上書き保存' }).count()).toBe(0);
    expect(await draft.inputValue()).toBe('36回まで応じた例');
    await screenshot(page, `one-save-notes-${viewport.name}`);
    await panel.getByRole('button', { name: '保存されている内容を読み込む(あなたの入力は破棄)' }).click();
    await expect.poll(() => panel.getByTestId('office-notes').innerText()).toContain(colleague.note);
    await panel.getByRole('button', { name: 'メモを追加' }).click();
    await panel.getByText('事務所のメモを保存しました').waitFor();
    const notes = (await call(server.url, 'GET', '/creditor-notes')).notes.map((n: Loose) => n.note);
    expect(notes).toEqual(expect.arrayContaining([colleague.note, '36回まで応じた例']));
  });
});
