// The 書類 page in real Chromium (issue 11): a 受任通知 asked for before the letterhead and the
// addresses are there names each missing field with where to fill it; once filled, the notice for
// every creditor and a 計算書 are downloaded and read as a reader sees them (poppler: A4, fonts
// embedded and subset with Unicode, the figures in the text, ink on the page).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatYen } from '@wakai/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inkShare, pdfFontsOf, pdfInfo, pdfText, withPdf } from '../../../packages/documents/src/pdf-checks.fixture.js';
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

/** Clicks a document button and keeps the downloaded file. */
async function downloaded(page: Page, button: ReturnType<Page['getByRole']>, name: string): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = join(artifacts, name);
  await download.saveAs(file);
  return new Uint8Array(readFileSync(file));
}

/** A4 portrait for letters; the 計算書's wide ledger is A4 landscape. */
function readable(bytes: Uint8Array, pages: number, orientation: 'portrait' | 'landscape' = 'portrait') {
  return withPdf(bytes, (file, dir) => {
    const info = pdfInfo(file);
    const a4 = orientation === 'portrait' ? [595, 842] : [842, 595];
    expect([info.pages, Math.round(info.width), Math.round(info.height)]).toEqual([pages, ...a4]);
    const fonts = pdfFontsOf(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect([font.name, font.embedded, font.subset, font.unicode, font.type]).toEqual([
        font.name,
        true,
        true,
        true,
        expect.not.stringContaining('Type 3'),
      ]);
    expect(inkShare(file, dir, 1, 0.1, 0.5)).toBeGreaterThan(0.002);
    return { text: pdfText(file), page2: pages > 1 ? pdfText(file, 2) : '' };
  });
}

describe('documents in the browser', () => {
  const wakai = wakaiAndBrowser();

  it('names what is missing, then downloads the 受任通知 for every creditor and a 計算書', async () => {
    const [demo] = await call(wakai.server().url, 'GET', '/cases');
    const page = await wakai.browser().newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${wakai.server().url}/cases/${demo.id}`);
    await page.getByRole('link', { name: /^書類/ }).click();
    const notice = page.getByTestId('document-engagement-notice');
    await page.getByLabel('差出人').selectOption({ label: '事務所(代理人)' });
    await notice.getByRole('button', { name: '受任通知(PDF)' }).click();
    await notice
      .getByTestId('document-missing')
      .getByText('事務所の情報(レターヘッド:事務所名・資格・登録番号・住所・電話・FAX)')
      .waitFor();

    // The letterhead, kept once for every case.
    const letterhead = page.getByRole('form', { name: '事務所の情報' });
    for (const [label, value] of [
      ['事務所名', '和解法律事務所'],
      ['代理人の氏名', '山田 太郎'],
      ['登録番号', '12345'],
      ['郵便番号', '100-0001'],
      ['事務所の住所', '東京都千代田区千代田1-1'],
      ['電話番号', '03-1111-2222'],
      ['FAX番号', '03-1111-3333'],
    ] as const)
      await letterhead.getByLabel(label, { exact: true }).fill(value);
    await letterhead.getByRole('button', { name: '事務所の情報を保存' }).click();
    await page.getByText('事務所の情報を保存しました').waitFor();

    await notice.getByRole('button', { name: '受任通知(PDF)' }).click();
    const missing = notice.getByTestId('document-missing');
    await missing.getByText('債務者の住所').waitFor();
    expect(await missing.getByRole('link', { name: '債務者と財産' }).count()).toBeGreaterThan(0);
    expect(await missing.innerText()).toContain('債権者「みずほ銀行」の住所');
    await screenshot(page, 'documents-missing');

    // Filled where the links lead (through the API here: the forms are tested elsewhere).
    const detail = await call(wakai.server().url, 'GET', `/cases/${demo.id}`);
    await call(wakai.server().url, 'PATCH', `/cases/${demo.id}`, {
      debtor: { postcode: '220-0011', address: '神奈川県横浜市西区高島2-1-1' },
      version: detail.case.version,
    });
    for (const creditor of detail.creditors)
      await call(wakai.server().url, 'PUT', `/creditors/${creditor.id}`, {
        contact: { address: `東京都千代田区架空町${creditor.position + 1}-1` },
        version: creditor.version,
      });
    await page.reload();

    const bundle = readable(
      await downloaded(page, page.getByTestId('document-engagement-notice').getByRole('button', { name: '受任通知(PDF)' }), '受任通知.pdf'),
      3,
    );
    for (const name of [
      'ひまわりファイナンス(架空) お客様相談室 御中',
      'みずほ銀行 御中',
      'さくらカード(架空) 御中',
      '和解法律事務所',
      '令和',
    ])
      expect(bundle.text).toContain(name);

    // The 計算書 of ひまわりファイナンス: the core's 過払金 and 過払利息, the header again on page 2.
    const statement = page.getByTestId('document-recalc-statement');
    await statement.getByLabel('引き直し計算書の債権者').selectOption({ label: 'ひまわりファイナンス(架空)' });
    const pdf = await downloaded(page, statement.getByRole('button', { name: '引き直し計算書(PDF)' }), '計算書.pdf');
    const pages = withPdf(pdf, (file) => pdfInfo(file).pages);
    const read = readable(pdf, pages, 'landscape');
    const himawari = detail.creditors.find((creditor: Loose) => creditor.name === 'ひまわりファイナンス(架空)');
    const expected = (await call(wakai.server().url, 'GET', `/contracts/${himawari.contracts[0].id}/recalc?working=none&variants=none`))
      .summary;
    expect(expected.overpayment).toBeGreaterThan(0);
    expect(read.text).toContain(formatYen(expected.overpayment));
    expect(read.text).toContain(formatYen(expected.overpaymentInterest));
    expect(read.page2).toMatch(/年月日\s+借入金額\s+弁済額/);
    await screenshot(page, 'documents');
    await page.close();
  }, 240_000);
});
