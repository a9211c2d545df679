// The debtor on the office's case, in real Chromium against the real server in multi-user mode (logins,
// PGlite): the owner logs in, opens a case, assigns the clerk and invites the debtor; the debtor opens
// the one-time link, sets a password, logs in, enters a budget month and hands in a PDF; the clerk
// (staff assigned to the case) sees both. Every page on a phone (390×844), a screenshot of each.
import { fileURLToPath } from 'node:url';
import { createUser, openDatabase } from '@wakai/db';
import { type RunningServer, startServer } from '@wakai/server';
import { hashPassword } from '@wakai/services';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.js';

const webRoot = fileURLToPath(new URL('../dist', import.meta.url));
const officePassword = 'office passphrase 2026';
const debtorPassword = 'my own long passphrase';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let server: RunningServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  const opened = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
  close = opened.close;
  server = await startServer({ database: opened, port: 0, webRoot, auth: 'login' });
  const passwordHash = await hashPassword(officePassword);
  await createUser(opened.db, { email: 'bengoshi@office.example', displayName: '山田 弁護士', passwordHash, role: 'lawyer' });
  await createUser(opened.db, { email: 'jimu@office.example', displayName: '佐藤 事務員', passwordHash, role: 'staff' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await close?.();
});

/** A phone of one's own (each person has their own cookies). */
async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

async function logIn(page: Page, email: string, password: string, shot: string) {
  await page.getByRole('heading', { name: 'ログイン' }).waitFor();
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await screenshot(page, shot);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { name: '案件' }).first().waitFor();
}

/** No page is wider than the phone. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

it('lets the office invite the debtor, who enters a budget and hands in a PDF that the clerk sees', async () => {
  // The owner: logs in, creates the case with one creditor, assigns the clerk, invites the debtor.
  const owner = await phone();
  await owner.goto(server.url);
  await logIn(owner, 'bengoshi@office.example', officePassword, 'invite-1-owner-login');
  await owner.getByLabel('債務者の氏名(必須)').fill('鈴木 花子');
  await owner.getByRole('button', { name: '案件を作成' }).click();
  await owner.getByRole('heading', { name: /鈴木 花子/ }).waitFor();
  const form = owner.getByRole('form', { name: '債権者を追加' });
  await form.getByLabel('債権者名(必須)').fill('ひまわりファイナンス');
  await form.getByLabel('請求されている残高(円)').fill('400000');
  await form.getByRole('button', { name: '債権者を追加' }).click();
  // On a phone the table stacks its cells as cards (no table roles): found by text.
  await owner.getByTestId('creditor-table').getByText('ひまわりファイナンス', { exact: true }).waitFor();
  await owner.getByRole('button', { name: '担当にする' }).click();
  await owner.getByTestId('case-members').getByText('佐藤 事務員(事務員)').waitFor();
  await owner.getByText('依頼者(ご本人)を招待する').click();
  await owner.getByLabel('依頼者のメールアドレス').fill('hanako@example.jp');
  await owner.getByLabel('依頼者の氏名').fill('鈴木 花子');
  await owner.getByRole('button', { name: '招待リンクを作る' }).click();
  const link = await owner.getByLabel('招待リンク').inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await screenshot(owner, 'invite-2-owner-case');
  expect(await pageWidth(owner)).toBeLessThanOrEqual(390);

  // The debtor: opens the link, sets a password (a common one is refused first), logs in.
  const debtor = await phone();
  await debtor.goto(link);
  await debtor.getByRole('heading', { name: '鈴木 花子さんへのご案内' }).waitFor();
  await debtor.getByLabel('パスワード(12文字以上)').fill('1qaz2wsx3edc');
  await debtor.getByLabel('パスワード(確認)').fill('1qaz2wsx3edc');
  await debtor.getByRole('button', { name: 'パスワードを設定' }).click();
  await debtor.getByText('よく使われていて推測されやすい').waitFor();
  await screenshot(debtor, 'invite-3-debtor-link');
  await debtor.getByLabel('パスワード(12文字以上)').fill(debtorPassword);
  await debtor.getByLabel('パスワード(確認)').fill(debtorPassword);
  await debtor.getByRole('button', { name: 'パスワードを設定' }).click();
  await debtor.getByText('パスワードを設定しました').waitFor();
  expect(await debtor.getByLabel('メールアドレス').inputValue()).toBe('hanako@example.jp');
  await logIn(debtor, 'hanako@example.jp', debtorPassword, 'invite-4-debtor-login');
  await screenshot(debtor, 'invite-5-debtor-cases');
  // Only their case, and no way to create or import one.
  // The list's heading comes before its rows: the rows are polled.
  await expect.poll(() => debtor.getByRole('link', { name: '鈴木 花子', exact: true }).count()).toBe(1);
  expect(await debtor.getByRole('button', { name: '案件を作成' }).isVisible()).toBe(false);

  await debtor.getByRole('link', { name: '鈴木 花子', exact: true }).click();
  await debtor.getByRole('heading', { name: /鈴木 花子/ }).waitFor();
  expect(await debtor.getByRole('form', { name: '債権者を追加' }).count()).toBe(0);
  expect(await debtor.getByRole('button', { name: 'この案件を削除' }).count()).toBe(0);
  expect(await debtor.getByText('案件ファイルを書き出す').count()).toBe(0);
  await screenshot(debtor, 'invite-6-debtor-case');
  expect(await pageWidth(debtor)).toBeLessThanOrEqual(390);

  // A budget month: 給与 230,000, 住居費 70,000 → 160,000 left (230,000 − 70,000, shown as typed).
  await debtor.getByRole('link', { name: '家計収支を入力' }).click();
  await debtor.getByLabel('給与(申立人)', { exact: true }).fill('230000');
  await debtor.getByLabel('住居費(家賃・地代・住宅ローン)').fill('70000');
  await expect.poll(() => debtor.getByTestId('budget-available').innerText()).toBe('160,000円');
  await debtor.getByRole('button', { name: '保存' }).click();
  await debtor.getByText('家計収支を保存しました').waitFor();
  await screenshot(debtor, 'invite-7-debtor-budget');

  // The creditor's page: the negotiation read-only, and the PDF handed in.
  await debtor.getByRole('link', { name: '鈴木 花子', exact: true }).click();
  await debtor.getByRole('link', { name: '未着手' }).click();
  await debtor.getByRole('heading', { name: /ひまわりファイナンス/ }).waitFor();
  expect(await debtor.getByRole('button', { name: '連絡を記録' }).isVisible()).toBe(false);
  await debtor.getByLabel('提出するファイル').setInputFiles({ name: '督促状.pdf', mimeType: 'application/pdf', buffer: pdf });
  await debtor.getByText('「督促状.pdf」を提出しました').waitFor();
  await debtor.getByRole('link', { name: /督促状\.pdf/ }).waitFor();
  await screenshot(debtor, 'invite-8-debtor-creditor');
  expect(await pageWidth(debtor)).toBeLessThanOrEqual(390);

  // The clerk: sees the case assigned to them, the debtor's budget and the PDF.
  const clerk = await phone();
  await clerk.goto(server.url);
  await logIn(clerk, 'jimu@office.example', officePassword, 'invite-9-clerk-login');
  await clerk.getByRole('link', { name: '鈴木 花子', exact: true }).click();
  await clerk.getByRole('heading', { name: /鈴木 花子/ }).waitFor();
  await expect.poll(() => clerk.getByTestId('income').innerText()).toBe('230,000円');
  expect(await clerk.getByTestId('available').innerText()).toBe('160,000円');
  await screenshot(clerk, 'invite-10-clerk-case');
  await clerk.getByRole('link', { name: '未着手' }).click();
  await clerk.getByText('ご本人が書類を提出しました: 督促状.pdf').waitFor();
  const download = await Promise.all([clerk.waitForEvent('download'), clerk.getByRole('link', { name: /督促状\.pdf/ }).click()]);
  expect(download[0].suggestedFilename()).toBe('督促状.pdf');
  await screenshot(clerk, 'invite-11-clerk-creditor');
  expect(await pageWidth(clerk)).toBeLessThanOrEqual(390);

  // The case's 変更履歴: the debtor's budget and upload, each under the debtor's name.
  await clerk.getByRole('navigation').getByRole('link', { name: '鈴木 花子', exact: true }).click();
  await clerk.getByRole('link', { name: '変更履歴' }).click();
  const log = clerk.getByTestId('audit-list');
  await log.getByText('督促状.pdf').waitFor();
  const entries = await log.locator('li.audit-entry').allInnerTexts();
  const upload = entries.find((text) => text.includes('添付ファイル 督促状.pdf'));
  expect(upload).toContain('鈴木 花子');
  expect(upload).toContain('追加');
  const budget = entries.find((text) => text.includes('給与(申立人)'));
  expect(budget).toContain('鈴木 花子');
  expect(budget).toContain('230,000');
  // The owner's assignment of the clerk and the debtor's invitation are in it too (issue 18 #12).
  const assigned = entries.find((text) => text.includes('担当者 佐藤 事務員'));
  expect(assigned).toContain('山田 弁護士');
  expect(assigned).toContain('追加');
  const invitation = entries.filter((text) => text.includes('招待 鈴木 花子(hanako@example.jp)'));
  // Newest first: the debtor accepting it (by the debtor), then the owner's invitation.
  expect(invitation).toEqual([
    expect.stringMatching(/鈴木 花子[\s\S]*変更[\s\S]*招待を受けてアカウントを作成: いいえ → はい/),
    expect.stringMatching(/山田 弁護士[\s\S]*追加/),
  ]);
  await screenshot(clerk, 'invite-12-clerk-audit');
  expect(await pageWidth(clerk)).toBeLessThanOrEqual(390);

  // The clerk's account: this session listed, the page fits the phone.
  await clerk.getByTestId('account-link').click();
  await clerk.getByRole('heading', { name: 'アカウント' }).waitFor();
  await clerk.getByText('この端末').waitFor();
  await screenshot(clerk, 'invite-13-clerk-account');
  expect(await pageWidth(clerk)).toBeLessThanOrEqual(390);
}, 300_000);
