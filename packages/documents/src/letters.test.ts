// The letters (受任通知, 和解提案書, 和解契約書(案), 過払金返還請求書, 時効援用通知) rendered for the demo
// case and checked the way a person would: poppler-utils read the PDF text, the .docx is unzipped.
import { caseContentSchema, demoCase } from '@wakai/core';
import { formatYen } from '@wakai/core/engine';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './build-document.js';
import { caseFigures, contractRecalc, creditorKey } from './case-figures.js';
import { layoutCertifiedMail } from './certified-mail/certified-mail-grid.js';
import { certifiedMailParagraphs } from './certified-mail/certified-mail-model.js';
import { checkDocx, checkPdf, demoOptions, readXlsx, SLOW } from './document-checks.fixture.js';
import { DocumentUnavailableError } from './document-errors.js';
import { completedDemoCase, demoInput, manyCreditorsCase, office, particulars, TODAY, timeBarredServicer } from './documents.fixture.js';
import { MissingDataError } from './missing-data.js';
import { pdfInfo, pdfText, withPdf } from './pdf-checks.fixture.js';
import { renderDocument } from './render-document.js';

describe('受任通知', () => {
  it(
    'puts all 30 creditors of a case in one PDF, one A4 page each',
    async () => {
      const input = { case: manyCreditorsCase(30), letterhead: office, today: TODAY, debtor: particulars };
      const started = performance.now();
      const { bytes, fileName } = await renderDocument('engagement-notice', input, 'pdf');
      console.log(`受任通知 30 creditors: ${Math.round(performance.now() - started)} ms, ${bytes.length} bytes`);
      expect(fileName).toContain('全債権者');
      const { text } = checkPdf(bytes, { pages: 30 });
      for (let i = 1; i <= 30; i++) expect(text).toContain(`架空ファイナンス${i}号`);
      // Each creditor gets its own letter: page 30 is page 1 of 1 of the 30th letter, not "30 / 30".
      const last = withPdf(bytes, (file) => pdfText(file, 30));
      expect(last).toContain('架空ファイナンス30号');
      expect(last).toMatch(/\b1 ?\/ ?1\b/);
      expect(last).not.toMatch(/30 ?\/ ?30/);
      expect(text).toContain('貸金業法21条1項9号');
      expect(text).toContain('昭和53年6月15日');
    },
    SLOW,
  );

  it('names every missing field in Japanese and produces nothing', () => {
    const bare = { case: demoCase(TODAY), letterhead: null, today: TODAY };
    expect(() => buildDocument('engagement-notice', bare)).toThrow(MissingDataError);
    try {
      buildDocument('engagement-notice', bare);
    } catch (error) {
      const missing = (error as MissingDataError).missing;
      expect(missing.map((m) => m.path)).toEqual(
        expect.arrayContaining(['letterhead', 'debtor.address', 'creditors[1].contact.address', 'creditors[2].contact.address']),
      );
      expect((error as Error).message).toContain('債権者「みずほ銀行」の住所');
    }
  });

  it('asks for a fact the 30 letters share once, not once per letter', () => {
    const content = manyCreditorsCase(30);
    const input = { case: { ...content, debtor: { ...content.debtor, birthDate: null } }, letterhead: office, today: TODAY };
    const error = (() => {
      try {
        buildDocument('engagement-notice', input);
      } catch (thrown) {
        return thrown as MissingDataError;
      }
    })();
    expect(error?.missing.filter((m) => m.label === '債務者の生年月日')).toHaveLength(1);
  });

  it(
    'lists every creditor of the 30 on the creditor list, with real date cells',
    async () => {
      const input = { case: manyCreditorsCase(30), letterhead: office, today: TODAY };
      const pdf = await renderDocument('creditor-list', input, 'pdf');
      const { text } = checkPdf(pdf.bytes, { landscape: true });
      expect(text).toContain('架空ファイナンス30号');
      expect(text).toContain('令和8年10月1日');
      const sheet = (await readXlsx((await renderDocument('creditor-list', input, 'xlsx')).bytes)).worksheets[0] as ExcelJS.Worksheet;
      const dates: Date[] = [];
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value instanceof Date) dates.push(cell.value);
        }),
      );
      expect(dates.length).toBeGreaterThanOrEqual(60);
    },
    SLOW,
  );
});

describe('和解提案書', () => {
  it(
    "states our recorded offer's monthly amount and schedule, with the household budget attached",
    async () => {
      const { bytes } = await renderDocument('offer-letter', demoInput({ creditor: 1 }), 'pdf');
      const { text, info } = checkPdf(bytes);
      expect(info.pages).toBeGreaterThanOrEqual(2);
      expect(text).toContain('13,667円');
      expect(text).toContain('令和9年5月10日');
      expect(text).toContain('令和8年12月10日');
      expect(text).toContain('別紙 家計の状況');
      // 2027-07-10 is a Saturday: that installment falls due on Monday 07-12 (最判 H11.3.11, 民法142条);
      // 2028-01-10 is 成人の日: 01-11.
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain('支払期日(休日は翌営業日)');
      expect(flat).toContain('3令和9年7月10日令和9年7月12日13,667');
      expect(flat).toContain('9令和10年1月10日令和10年1月11日13,667');
    },
    SLOW,
  );

  it(
    "falls back on the diagnosis's plan: the plan's monthly amount for this creditor",
    async () => {
      const input = demoInput({ creditor: 1, paymentDay: 27, replyBy: '2026-12-10' });
      const mizuho = input.case.creditors[1];
      if (mizuho) mizuho.negotiation.offers = [];
      const plan = caseFigures(input.case, TODAY).diagnosis.plan.creditors.find((c) => c.key === creditorKey(1));
      expect(plan?.monthly).toBeGreaterThan(0);
      const { bytes } = await renderDocument('offer-letter', input, 'pdf');
      const { text } = checkPdf(bytes);
      expect(text).toContain(`${formatYen(plan?.monthly ?? 0)}円`);
      expect(text).toContain(`${plan?.installments}回の分割払い`);
    },
    SLOW,
  );

  it('attaches the month the plan reads: the latest recorded month when the monthly plan is empty', () => {
    const input = demoInput({ creditor: 1 });
    input.case.budget.monthly = { income: {}, spending: {} };
    const blocks = buildDocument('offer-letter', input).sections.find((s) => s.name === '家計の状況')?.blocks ?? [];
    // 2026-10: earned 265,000 + 80,000 + 10,000 = 355,000 (繰越 27,000 left out); living costs
    // 85,000 + 95,000 + 22,000 + 14,000 + 15,000 + 12,000 + 64,000 = 307,000 (返済 55,000 and 翌月繰越 20,000 left out).
    expect(blocks.find((b) => b.type === 'fields')).toEqual({
      type: 'fields',
      rows: [
        ['債務者', input.case.debtor.name],
        ['収支の月', '記録した月(2026年10月)'],
        ['収入(繰越・借入を除く)', '355,000円'],
        ['生活費(返済・繰越を除く)', '307,000円'],
      ],
    });
    const table = blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.totals).toEqual([['収入合計', 382_000, '支出合計', 382_000]]);
  });
});

describe('和解契約書(案)', () => {
  it(
    'words the acceleration as a count and an amount, caps the late charge, and prints the checklist on a cover sheet',
    async () => {
      const input = demoInput(demoOptions('settlement-agreement'));
      const { bytes } = await renderDocument('settlement-agreement', input, 'pdf');
      const { text } = checkPdf(bytes);
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain('支払を2回以上怠り、かつ、その額が金26,668円に達したとき');
      // The creditor's 29.2% is over the business-lender cap of 20% (利息制限法7条1項).
      expect(flat).toContain('年20%の割合による遅延損害金');
      expect(flat).toContain('清算条項');
      expect(flat).toContain('各自の負担');
      expect(flat).toContain('確認票');
      expect(flat).toContain('年29.2%は上限年20%を超える');
      // 民法142条: the draft says what happens to an installment due on a bank holiday.
      expect(flat).toContain('支払期日が金融機関の休業日にあたるときは、翌営業日を支払期日とする。');
      const docx = await renderDocument('settlement-agreement', input, 'docx');
      expect(await checkDocx(docx.bytes, { table: true })).toContain('支払を2回以上怠り、かつ、その額が金26,668円に達したとき');
    },
    SLOW,
  );

  it('is not drafted without an accepted offer', () => {
    expect(() => buildDocument('settlement-agreement', demoInput({ creditor: 1 }))).toThrow(DocumentUnavailableError);
  });
});

describe('過払金返還請求書', () => {
  it(
    "claims the recalculation's 過払金 + 過払利息 to the date, into the account given",
    async () => {
      const input = demoInput({ creditor: 0, payeeAccount: 'ゆうちょ銀行 〇一八支店 普通 1234567 サトウ イチロウ' });
      const summary = contractRecalc(input.case.creditors[0]?.contracts[0] as never, TODAY)?.summary;
      const { bytes } = await renderDocument('overpayment-claim', input, 'pdf');
      const { text } = checkPdf(bytes, { pages: 1 });
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain(`過払金${formatYen(summary?.overpayment ?? 0)}円`);
      expect(flat).toContain(`利息${formatYen(summary?.overpaymentInterest ?? 0)}円`);
      expect(flat).toContain(`合計${formatYen(summary?.claim ?? 0)}円`);
      expect(flat).toContain('令和8年12月7日までに');
    },
    SLOW,
  );

  it('is refused where the history shows no overpayment, or there is no history', () => {
    expect(() => buildDocument('overpayment-claim', demoInput({ creditor: 1, payeeAccount: 'x' }))).toThrow(DocumentUnavailableError);
  });
});

describe('時効援用通知', () => {
  it(
    'is laid on the 26×20 grid, each character in its cell, with the sender and the recipient',
    async () => {
      const { bytes } = await renderDocument('limitation-notice', demoInput({ creditor: 3 }), 'pdf');
      // The letter on two grid sheets, then the sender's page (how to send it), not counted.
      const { text } = checkPdf(bytes, { pages: 3 });
      const letter = withPdf(bytes, (file) => pdfText(file, 1) + pdfText(file, 2)).replace(/\s+/g, '');
      expect(letter).toContain('消滅時効を援用します');
      expect(letter).toContain('平成31年3月1日');
      expect(letter).toContain('架空債権回収株式会社代表者回収一郎殿');
      expect(letter).toContain('2/2');
      expect(letter).not.toContain('内容証明');
      expect(text.replace(/\s+/g, '')).toContain('内容証明郵便(配達証明付)');
      const docx = await renderDocument('limitation-notice', demoInput({ creditor: 3 }), 'docx');
      expect(await checkDocx(docx.bytes, { table: false })).toContain('消滅時効を援用します');
    },
    SLOW,
  );

  it(
    "keeps 殿 on the name's row when the recipient fills it, so a full sheet stays one sheet",
    async () => {
      // The QA walk's letter: a card company whose recipient line, spaced, takes 27 cells, sent by the
      // debtor; its 20th row is the recipient's.
      const base = completedDemoCase();
      const card = {
        ...timeBarredServicer(),
        name: 'さくらカード(架空)',
        kind: 'card',
        originalCreditor: null,
        contact: { address: '東京都千代田区丸の内9-9-9 さくらビル', postcode: '100-0005', representative: '代表取締役 桜 太郎' },
      };
      const content = caseContentSchema.parse({ ...base, creditors: [...base.creditors.slice(0, 3), card] });
      const debtor = { ...particulars, postcode: '', address: '神奈川県横浜市中区本町1-2-3 ハイツ本町201号', memberNumbers: {} };
      const input = { case: content, letterhead: null, today: TODAY, debtor, options: { creditor: 3 } };
      const sheets = layoutCertifiedMail(certifiedMailParagraphs(buildDocument('limitation-notice', input)), 2).sheets;
      expect(sheets.map((sheet) => sheet.length)).toEqual([20]);
      const { bytes } = await renderDocument('limitation-notice', input, 'pdf');
      const { pages, letter } = withPdf(bytes, (file) => ({ pages: pdfInfo(file).pages, letter: pdfText(file, 1) }));
      // One grid sheet, then the sender's page (not sent).
      expect(pages).toBe(2);
      const nameRow = letter.split('\n').find((line) => line.includes('太') && line.includes('郎')) ?? '';
      expect(nameRow.replace(/\s+/g, '')).toBe('さくらカード(架空)代表者代表取締役桜太郎殿');
      expect(letter).toMatch(/\b1 ?\/ ?1\b/);
    },
    SLOW,
  );

  it('refuses, with the count, a notice that does not fit the sheets', () => {
    const content = completedDemoCase();
    const contract = content.creditors[3]?.contracts[0];
    if (contract) contract.label = '長い契約の名称'.repeat(40);
    expect(() => buildDocument('limitation-notice', { ...demoInput({ creditor: 3, maxSheets: 1 }), case: content })).toThrow(
      /字で2枚になります/,
    );
  });

  it('is refused before five years have passed since the last payment', () => {
    const content = completedDemoCase();
    const contract = content.creditors[3]?.contracts[0];
    if (contract) contract.lastPaymentDate = '2022-01-10';
    expect(() => buildDocument('limitation-notice', { ...demoInput({ creditor: 3 }), case: content })).toThrow(DocumentUnavailableError);
  });
});
