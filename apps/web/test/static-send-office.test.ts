// Issue 20, handing over: the debtor's case made in the static build (served by a plain static file
// server, its API in the browser) is sent to the office that invited them — on another origin, a
// real office server with logins. The page shows what goes, nothing leaves while offline, the
// office's diff comes first, and the case goes in only on the second click: the office's case then
// holds the creditor and its history, and its 変更履歴 names the debtor's upload. On a phone (390×844).
import { fileURLToPath } from 'node:url';
import { createUser, openDatabase } from '@wakai/db';
import { type RunningServer, startServer } from '@wakai/server';
import { hashPassword } from '@wakai/services';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { PHONE, staticSiteAndBrowser } from './static-server.js';

const staticRoot = fileURLToPath(new URL('../dist-static', import.meta.url));
const webRoot = fileURLToPath(new URL('../dist', import.meta.url));
const officePassword = 'office passphrase 2026';

const { site, newContext } = staticSiteAndBrowser(staticRoot);
let office: RunningServer;
let closeDatabase: () => Promise<void>;

beforeAll(async () => {
  const opened = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
  closeDatabase = opened.close;
  // The server runs the migrations: the office's lawyer is made after it starts.
  office = await startServer({ database: opened, port: 0, webRoot, auth: 'login' });
  await createUser(opened.db, {
    email: 'bengoshi@office.example',
    displayName: '山田 弁護士',
    passwordHash: await hashPassword(officePassword),
    role: 'lawyer',
  });
  // Migrating a database and hashing a password take more than the default 10 s on a busy machine.
}, 120_000);

afterAll(async () => {
  await office?.close();
  await closeDatabase?.();
});

/** The office's side over its API: logged in, a case for the debtor and an invitation link for her. */
async function officeInvites() {
  const login = await fetch(`${office.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bengoshi@office.example', password: officePassword }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${office.url}/api${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the test reads the API's JSON field by field, as a client does
    return (await response.json()) as any;
  };
  const made = await api('POST', '/cases', { title: '任意整理のご相談', debtor: { name: '静岡 花子' } });
  const invitation = await api('POST', `/cases/${made.id}/invitations`, { email: 'hanako@example.jp', displayName: '静岡 花子' });
  return { api, caseId: made.id as string, link: `${office.url}${invitation.path}` };
}

/** The first visit online (the service worker takes over), then the case made with the network off. */
async function caseOnThePhone(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site().url);
  await page.getByRole('heading', { name: '案件一覧' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await context.setOffline(true);
  await page.getByLabel('債務者の氏名(必須)').fill('静岡 花子');
  await page.getByRole('button', { name: '案件を作成' }).click();
  const addCreditor = page.getByRole('form', { name: '債権者を追加' });
  await addCreditor.getByLabel('債権者名(必須)').fill('さくらファイナンス');
  await addCreditor.getByLabel('請求されている残高(円)').fill('300000');
  await addCreditor.getByRole('button', { name: '債権者を追加' }).click();
  await page.getByText('債権者を追加しました').waitFor();
  await page
    .getByRole('row', { name: /さくらファイナンス/ })
    .getByRole('link', { name: /件\)$/ })
    .click();
  await page.getByLabel('1行目 年月日').fill('2003-02-01');
  await page.getByLabel('1行目 借入').fill('300000');
  await page.getByLabel('2行目 年月日').fill('2003-03-01');
  await page.getByLabel('2行目 返済').fill('20000');
  await page.getByRole('button', { name: '取引履歴を保存' }).click();
  await page.getByText('2件の取引を保存しました').waitFor();
  await page.goBack();
  return page;
}

it('sends the case made on the phone to the inviting office only on the second click', async () => {
  const invited = await officeInvites();
  const context = await newContext(PHONE);
  try {
    const page = await caseOnThePhone(context);
    await page.getByRole('link', { name: '事務所に送る(招待リンクで)' }).click();
    const what = page.getByTestId('send-what');
    await what.getByText('さくらファイナンス: 契約1件、取引2行').waitFor();
    expect(await what.innerText()).toContain('どこにも保存されません');
    await page.getByLabel('事務所から届いた招待リンク').fill(invited.link);

    // Still offline: nothing can go, and the page says what to do.
    await page.getByRole('button', { name: '違いを確かめる' }).click();
    await page.getByText('インターネットにつながっていません').waitFor();
    await screenshot(page, 'send-office-1-offline');

    await context.setOffline(false);
    await page.getByRole('button', { name: '違いを確かめる' }).click();
    const diff = page.getByRole('region', { name: '事務所の案件との違い' });
    await diff.getByText('さくらファイナンス').first().waitFor();
    expect(await diff.innerText()).toContain('任意整理のご相談');
    expect(await page.getByTestId('send-to').innerText()).toBe(`送り先: ${office.url}(静岡 花子さんへの招待リンク)`);
    expect(await diff.innerText()).toMatch(/追加\s*さくらファイナンス/);
    await screenshot(page, 'send-office-2-preview');
    // The preview wrote nothing into the office's case.
    expect((await invited.api('GET', `/cases/${invited.caseId}/export`)).case.creditors).toEqual([]);

    await page.getByRole('button', { name: 'この内容で事務所に送る' }).click();
    await page.getByText('事務所に送りました').waitFor();
    await screenshot(page, 'send-office-3-sent');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  } finally {
    await context.close();
  }

  const sent = (await invited.api('GET', `/cases/${invited.caseId}/export`)).case;
  expect(sent.creditors.map((c: { name: string }) => c.name)).toEqual(['さくらファイナンス']);
  expect(
    sent.creditors[0].contracts[0].transactions.map((t: { date: string; borrow: number; repay: number }) => [t.date, t.borrow, t.repay]),
  ).toEqual([
    ['2003-02-01', 300_000, 0],
    ['2003-03-01', 0, 20_000],
  ]);
  const log = (await invited.api('GET', `/cases/${invited.caseId}/audit`)).entries as Record<string, unknown>[];
  const upload = log.find((e) => e.entityKind === 'invitation' && e.action === 'import');
  expect(upload).toMatchObject({ actorName: '静岡 花子', label: '静岡 花子(hanako@example.jp)' });

  // The office, on its own phone, reads the upload in the case's 変更履歴.
  const officePhone = await newContext(PHONE);
  try {
    const page = await officePhone.newPage();
    await page.goto(`${office.url}/cases/${invited.caseId}/audit`);
    await page.getByLabel('メールアドレス').fill('bengoshi@office.example');
    await page.getByLabel('パスワード').fill(officePassword);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByText('招待リンクから案件ファイルを送信').first().waitFor();
    expect(await page.locator('main').innerText()).toContain('静岡 花子(hanako@example.jp)');
    await screenshot(page, 'send-office-4-office-audit');
  } finally {
    await officePhone.close();
  }
}, 240_000);
