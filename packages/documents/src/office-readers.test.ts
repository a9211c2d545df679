// The XLSX and DOCX documents as a reader opens them (issue 18 item 22): each converted to PDF by
// LibreOffice (headless) and read back with pdftotext. Calc showed every date of the 債権者一覧表 as
// a serial number (38758) under Excel's `[$-ja-JP-x-gannen]` code; `[$-411]ggge"年"m"月"d"日"`
// renders 平成18年2月10日 in LibreOffice and in Excel.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFigures } from './case-figures.js';
import { demoOptions, SLOW } from './document-checks.fixture.js';
import type { DocumentFormat, DocumentKind } from './document-kinds.js';
import { demoInput, TODAY } from './documents.fixture.js';
import { renderDocument } from './render-document.js';

/** The document rendered, opened by LibreOffice, printed to PDF, and its text as pdftotext reads it. */
async function asLibreOfficeShowsIt(kind: DocumentKind, format: DocumentFormat): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'wakai-office-'));
  const file = join(dir, `document.${format}`);
  writeFileSync(file, (await renderDocument(kind, demoInput(demoOptions(kind)), format)).bytes);
  // Its own profile folder: no state shared with another run or a user's LibreOffice.
  const converted = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    { encoding: 'utf8', timeout: 240_000 },
  );
  expect([converted.status, converted.error]).toEqual([0, undefined]);
  const text = spawnSync('pdftotext', ['-layout', join(dir, 'document.pdf'), '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  return text.stdout;
}

/** The text without the spaces pdftotext puts between a digit and a kanji (令和 8 年 → 令和8年). */
const joined = (text: string) => text.replace(/[ \t]+/g, '');
/** A date cell shown as Excel's serial number (38758) instead of a date. */
const serial = /(^|\s)[34]\d{4}(\s|$)/m;

describe('the XLSX and DOCX documents as LibreOffice shows them', () => {
  it(
    'creditor-list.xlsx: every date in 和暦, the debts and the total',
    async () => {
      const text = await asLibreOfficeShowsIt('creditor-list', 'xlsx');
      expect(text).not.toMatch(serial);
      // The fixture's dates: 2009-04-10 (first loan), 2010-04-27 (last repayment), 2018-09-01,
      // 2015-02-01, 2012-06-15 and 2019-03-01 (the servicer), the notices of 2026-10-14 — 平成21 = 2009,
      // 平成30 = 2018, 平成31 = 2019, 令和8 = 2026.
      const dates = [
        '平成21年4月10日',
        '平成22年4月27日',
        '平成30年9月1日',
        '平成27年2月1日',
        '平成24年6月15日',
        '平成31年3月1日',
        '令和8年10月14日',
      ];
      for (const date of dates) expect(joined(text)).toContain(date);
      // 820,000 + 640,000 + 450,000 claimed (the first creditor is overpaid: 0 owed), then its 過払金 on the day.
      const overpaid = caseFigures(demoInput().case, TODAY).positions[0]?.overpayment.recoverable ?? 0;
      expect(overpaid).toBeGreaterThan(0);
      expect(joined(text)).toContain(`合計${(820_000 + 640_000 + 450_000).toLocaleString('en-US')}${overpaid.toLocaleString('en-US')}`);
    },
    SLOW,
  );

  it(
    'recalc-statement.xlsx: the rows dated in 和暦 with the interest a reader checks',
    async () => {
      const text = joined(await asLibreOfficeShowsIt('recalc-statement', 'xlsx'));
      expect(text).not.toMatch(serial);
      // 500,000 borrowed on 平成21年4月10日; 15,000 repaid on 5月27日 after 47 days at 18%
      // (利息制限法1条: 年18% from 100,000 to under 1,000,000): 500,000 × 0.18 × 47 / 365 = 11,589.
      const interest = Math.floor((500_000 * 18 * 47) / 36_500);
      expect(interest).toBe(11_589);
      expect(text).toContain('平成21年4月10日500,0000');
      expect(text).toContain(
        `平成21年5月27日015,00018.047${interest.toLocaleString('en-US')}0${(500_000 + interest - 15_000).toLocaleString('en-US')}`,
      );
    },
    SLOW,
  );

  it(
    'offer-letter.docx: the dates in 和暦 and the installments',
    async () => {
      const text = joined(await asLibreOfficeShowsIt('offer-letter', 'docx'));
      // 820,000 in 60: 13,667 a month (rounded up), the last 820,000 − 59 × 13,667 = 13,647.
      const monthly = Math.ceil(820_000 / 60);
      const last = 820_000 - 59 * monthly;
      expect([monthly, last]).toEqual([13_667, 13_647]);
      expect(text).toContain(`60回の分割払い(毎月${monthly.toLocaleString('en-US')}円、最終回${last.toLocaleString('en-US')}円)`);
      expect(text).toContain('令和8年12月10日までにご回答');
      expect(text).toContain('令和9年5月10日から令和14年4月10日まで');
    },
    SLOW,
  );

  it(
    'engagement-notice.docx: the date and the debtor’s particulars',
    async () => {
      const text = joined(await asLibreOfficeShowsIt('engagement-notice', 'docx'));
      expect(text).toContain('令和8年11月23日');
      // Born 1978-06-15: 昭和53年.
      expect(text).toContain('生年月日昭和53年6月15日');
      expect(text).toContain('貸金業法21条1項9号');
    },
    SLOW,
  );
});
