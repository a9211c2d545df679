// Issue 21: reading a creditor's history from a text PDF and, by OCR, from a scan at 200 dpi:
// pages a second and the process's peak memory (maxRSS: the OCR's worker threads included).
// The PDF is a bank-style table of 600 rows (14 pages) made here with pdfmake; OCR_PAGES=N reads N
// of its pages at 200 dpi by OCR (3 by default: about 10 s a page on a loaded 2-core machine).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@wakai/core';
import { readHistoryPdf } from '@wakai/documents/pdf-import';
import { readHistoryScan } from '@wakai/documents/scan-import';

const require = createRequire(import.meta.url);
const font = require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
const ROWS = 600;
const OCR_PAGES = Number(process.env.OCR_PAGES ?? 3);

async function bankPdf() {
  const pdfmake = require('pdfmake');
  pdfmake.setFonts({ Gothic: { normal: font, bold: font } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path === font);
  const body = [['取引日', '取引区分', '融資額', '入金額', '利息', '残高', '摘要'].map((text) => ({ text, alignment: 'center' }))];
  let date = '2004-05-12';
  let balance = 0;
  for (let i = 0; i < ROWS; i++) {
    const interest = i === 0 ? 0 : Math.floor((balance * 0.18 * 30) / 365);
    const borrow = i % 20 === 0 ? 300_000 : 0;
    const repay = borrow ? 0 : interest + 12_000;
    balance += borrow - repay + interest;
    const yen = (n) => (n ? n.toLocaleString('en-US') : '');
    body.push(
      [
        date.replaceAll('-', '/'),
        borrow ? '融資' : '入金',
        yen(borrow),
        yen(repay),
        yen(interest),
        yen(balance) || '0',
        i % 9 === 0 ? 'ATM' : '',
      ].map((text, c) => ({ text, alignment: c >= 2 && c <= 5 ? 'right' : 'left' })),
    );
    date = addDays(date, 10);
  }
  const definition = {
    pageSize: 'A4',
    pageMargins: [36, 60, 36, 50],
    defaultStyle: { font: 'Gothic', fontSize: 8 },
    header: (page) => ({ text: `お取引明細書 No.${page}`, margin: [36, 24, 36, 0] }),
    footer: (page, pages) => ({ text: `- ${page} / ${pages} -`, alignment: 'center' }),
    content: [{ table: { headerRows: 1, widths: [62, 44, 62, 62, 50, 70, 110], body } }],
  };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer);
}

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const pdf = await bankPdf();
let pages = 0;
const textStart = performance.now();
const text = await readHistoryPdf(pdf, { onPage: (_, total) => (pages = total) });
const textSeconds = (performance.now() - textStart) / 1000;
if (!text.ok) console.log(text.problems.slice(0, 3));
console.log(
  `pdf import, text layer: ${pages} pages (${text.ok ? text.transactions.length : 'NOT READ'} rows) in ${textSeconds.toFixed(2)} s = ${(pages / textSeconds).toFixed(1)} pages/s; peak memory ${peakMb()} MB`,
);

const dir = mkdtempSync(join(tmpdir(), 'wakai-ocr-bench-'));
writeFileSync(join(dir, 'bank.pdf'), pdf);
execFileSync('pdftoppm', ['-r', '200', '-gray', '-l', String(OCR_PAGES), '-jpeg', join(dir, 'bank.pdf'), join(dir, 'page')]);
const images = readdirSync(dir)
  .filter((f) => f.startsWith('page'))
  .sort()
  .map((f) => readFileSync(join(dir, f)));
const ocrStart = performance.now();
let cells = 0;
let marked = 0;
for (const image of images) {
  const read = await readHistoryScan(image);
  if (!read.ok) continue;
  const all = read.review.rows.flatMap((row) => row.cells);
  cells += all.length;
  marked += all.filter((cell) => cell.marks.length > 0).length;
}
const ocrSeconds = (performance.now() - ocrStart) / 1000;
console.log(
  `pdf import, OCR at 200 dpi: ${images.length} pages in ${ocrSeconds.toFixed(1)} s = ${(images.length / ocrSeconds).toFixed(3)} pages/s (${(ocrSeconds / images.length).toFixed(1)} s a page); ${marked} of ${cells} cells marked; peak memory ${peakMb()} MB`,
);
