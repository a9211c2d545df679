// Creditor-like 取引履歴 made for the import tests: the same kind of rows as a creditor's answer to a
// 取引履歴開示請求, in three layouts (a consumer-finance one with 和暦 dates and a 利率 column, a
// bank one with 取引区分 and a balance, a 名古屋式-like table with ▲ balances), rendered as text
// PDFs with pdfmake: a title and page number on every page, the header repeated, long 備考 wrapping.
// Every figure shown follows from the rows: balance = previous + borrowed − repaid + interest.
import { createRequire } from 'node:module';
import type { Transaction } from '@wakai/core/engine';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { fontFolders, pdfFonts } from '../pdf/pdf-fonts.js';

export type LayoutName = 'consumer' | 'bank' | 'nagoya';

export interface SourceRow extends Transaction {
  interest: number;
  balance: number;
  days: number;
  kind: string;
}

/** A small deterministic generator: the same rows on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const longNotes = [
  'ATM入金(提携コンビニエンスストア設置機・振込手数料は当社負担)',
  '口座振替による約定返済(引落不能分の再振替を含みます)',
  '増額融資(利用限度額変更契約による追加貸付・書面交付済み)',
];

/** `count` rows from `start`: a first loan, monthly repayments, a few further loans, rates stepping down. */
export function sourceRows(layout: LayoutName, count: number, seed = 7): SourceRow[] {
  const next = random(seed + count);
  const rows: SourceRow[] = [];
  let date = layout === 'consumer' ? '2000-04-10' : layout === 'bank' ? '2004-05-12' : '1998-02-03';
  let balance = 0;
  let rate = layout === 'nagoya' ? 180_000 : 292_000;
  for (let i = 0; i < count; i++) {
    const days = i === 0 ? 0 : 25 + Math.floor(next() * 12);
    date = addDays(date, days);
    if (layout !== 'nagoya' && i === Math.floor(count * 0.6)) rate = 180_000;
    const interest = balance > 0 ? Math.floor((balance * rate * days) / 365_000_000) : 0;
    // Near the end the bank and 名古屋式 histories overpay, so their balance turns negative (▲, △).
    const late = layout !== 'consumer' && i > count * 0.85;
    const borrowing = i === 0 || (!late && balance < 100_000);
    const borrow = borrowing ? (i === 0 ? 500_000 : 100_000 + Math.floor(next() * 20) * 10_000) : 0;
    const repay = borrowing ? 0 : interest + (late ? 60_000 : 5_000 + Math.floor(next() * 15) * 1_000);
    balance += borrow - repay + interest;
    const note = i % 11 === 3 ? (longNotes[i % longNotes.length] as string) : borrowing ? '融資' : '';
    const kind = borrow > 0 ? '融資' : i % 2 === 0 ? '返済' : '入金';
    rows.push({ date, borrow, repay, rate, interest, balance, days, kind, ...(note ? { note } : {}) });
  }
  return rows;
}

const yen = (amount: number) => (amount === 0 ? '' : amount.toLocaleString('en-US'));
const signed = (amount: number, mark: string) => (amount < 0 ? `${mark}${yen(-amount)}` : amount === 0 ? '0' : yen(amount));
const percent = (rate: number) => (rate / 10_000).toFixed(rate % 10_000 === 0 ? 1 : 2);

function wareki(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const heisei = year - 1988;
  return `H${String(heisei).padStart(2, '0')}.${String(month).padStart(2, '0')}.${String(day).padStart(2, '0')}`;
}

interface LayoutColumn {
  title: string;
  width: number;
  right?: boolean;
  cell: (row: SourceRow) => string;
}

const layouts: Record<LayoutName, { title: string; columns: LayoutColumn[] }> = {
  consumer: {
    title: '取引履歴 株式会社サンプルクレジット',
    columns: [
      { title: '年月日', width: 58, cell: (r) => wareki(r.date) },
      { title: '借入金額', width: 62, right: true, cell: (r) => yen(r.borrow) },
      { title: '返済金額', width: 62, right: true, cell: (r) => yen(r.repay) },
      { title: '利率', width: 34, right: true, cell: (r) => percent(r.rate as number) },
      { title: '利息', width: 50, right: true, cell: (r) => yen(r.interest) },
      { title: '残元金', width: 66, right: true, cell: (r) => signed(r.balance, '▲') },
      { title: '備考', width: 120, cell: (r) => r.note ?? '' },
    ],
  },
  bank: {
    title: 'お取引明細書 サンプル銀行 カードローン',
    columns: [
      { title: '取引日', width: 62, cell: (r) => r.date.replaceAll('-', '/') },
      { title: '取引区分', width: 44, cell: (r) => r.kind },
      { title: '融資額', width: 62, right: true, cell: (r) => `${yen(r.borrow)}${r.borrow ? '円' : ''}` },
      { title: '入金額', width: 62, right: true, cell: (r) => `${yen(r.repay)}${r.repay ? '円' : ''}` },
      { title: '利息', width: 50, right: true, cell: (r) => yen(r.interest) },
      { title: '残高', width: 70, right: true, cell: (r) => signed(r.balance, '△') },
      { title: '摘要', width: 110, cell: (r) => r.note ?? '' },
    ],
  },
  nagoya: {
    title: '利息制限法に基づく法定金利計算書(名古屋式)',
    columns: [
      { title: '年月日', width: 60, cell: (r) => r.date.replaceAll('-', '/') },
      { title: '借入金額', width: 62, right: true, cell: (r) => yen(r.borrow) },
      { title: '弁済額', width: 62, right: true, cell: (r) => yen(r.repay) },
      { title: '利率', width: 32, right: true, cell: (r) => `${percent(r.rate as number)}%` },
      { title: '日数', width: 30, right: true, cell: (r) => String(r.days) },
      { title: '利息', width: 50, right: true, cell: (r) => yen(r.interest) },
      { title: '残元金', width: 70, right: true, cell: (r) => signed(r.balance, '▲') },
      { title: '備考', width: 90, cell: (r) => r.note ?? '' },
    ],
  },
};

/** The transactions a reader should find: what the recalculation of the source is made from. */
export function expectedTransactions(layout: LayoutName, rows: readonly SourceRow[]): Transaction[] {
  return rows.map((row) => ({
    date: row.date,
    borrow: row.borrow,
    repay: row.repay,
    ...(layout === 'bank' ? {} : { rate: row.rate }),
    ...(row.note ? { note: row.note } : {}),
  }));
}

/** `retitled` gives a header other words (`{ 融資額: 'ご利用額' }`): one our reader does not know. */
export function historyDefinition(
  layout: LayoutName,
  rows: readonly SourceRow[],
  retitled: Readonly<Record<string, string>> = {},
): TDocumentDefinitions {
  const { title, columns } = layouts[layout];
  const body = [
    columns.map((c) => ({ text: retitled[c.title] ?? c.title, bold: true, alignment: 'center' as const })),
    ...rows.map((row) => columns.map((c) => ({ text: c.cell(row), alignment: c.right ? ('right' as const) : ('left' as const) }))),
  ];
  const content: Content[] = [
    { text: '下記のとおり、お客様とのお取引の経過をご報告いたします。', margin: [0, 0, 0, 6] },
    { table: { headerRows: 1, widths: columns.map((c) => c.width), body }, fontSize: 8 },
  ];
  return {
    pageSize: 'A4',
    pageMargins: [36, 60, 36, 50],
    defaultStyle: { font: 'Gothic', fontSize: 9 },
    header: (page) => ({ text: `${title}  No.${page}`, margin: [36, 24, 36, 0], fontSize: 11 }),
    footer: (page, pages) => ({ text: `- ${page} / ${pages} -`, alignment: 'center', fontSize: 8 }),
    content,
  };
}

const require = createRequire(import.meta.url);

/** The layout as a text PDF's bytes. */
export async function historyPdf(
  layout: LayoutName,
  rows: readonly SourceRow[],
  retitled: Readonly<Record<string, string>> = {},
): Promise<Uint8Array> {
  const pdfmake = require('pdfmake') as typeof import('pdfmake');
  pdfmake.setFonts(pdfFonts as unknown as Parameters<typeof pdfmake.setFonts>[0]);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontFolders.some((folder) => path.startsWith(folder)));
  const buffer = await pdfmake.createPdf(historyDefinition(layout, rows, retitled)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
