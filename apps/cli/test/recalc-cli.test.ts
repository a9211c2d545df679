import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

// 478,594 × 18% × 29/366 = 6,825 (docs/law/recalculation.md leap-year check); 50,000 − 6,825 = 43,175 off principal → 435,419.
const history = '年月日,借入金額,返済額,備考\nH12.3.27,"478,594",,契約\n2000/4/25,,"¥50,000",振込\n';

describe('wakai recalc', () => {
  const dir = folderWith({ 'history.csv': history, 'history-sjis.csv': new Uint8Array(iconv.encode(history, 'Shift_JIS')) });
  const file = join(dir, 'history.csv');

  it('prints a Japanese ledger with the options and the result', () => {
    const run = wakai(['recalc', file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('利率: 利息制限法の上限利率');
    expect(run.stdout).toMatch(/2000-04-25\s+0\s+50,000\s+29\s+18\s+6,825\s+0\s+435,419\s+0\s+0\s+振込/);
    expect(run.stdout).toContain('残元金: 435,419円');
  });

  it('explains every row and shows 和暦 on request', () => {
    const run = wakai(['recalc', file, '--explain', '--wareki']);
    expect(run.stdout).toContain('H12.4.25');
    expect(run.stdout).toContain('利息: 478,594円 × 18% × 29/366 = 6,825円(円未満切捨て)');
    expect(run.stdout).toContain('返済 50,000円 → 未払利息 6,825円、元本 43,175円、過払 0円(民法489条)');
  });

  it('keeps the JSON contract: options, summary and rows in integer yen', () => {
    const run = wakai(['recalc', join(dir, 'history-sjis.csv'), '--format', 'json', '--as-of', 'H12.5.25', '--year-basis', 'fixed365']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.options).toMatchObject({ rate: 'statutory', yearBasis: 'fixed365', asOf: '2000-05-25' });
    // fixed 365: 478,594 × 18% × 29/365 = 6,844 → 435,438 owed; then 435,438 × 18% × 30/365 = 6,442.2 unpaid.
    expect(json.rows[1]).toEqual({
      date: '2000-04-25',
      borrow: 0,
      repay: 50_000,
      days: 29,
      rate: '18',
      interest: 6_844,
      unpaidInterest: 0,
      balance: 435_438,
      overpayment: 0,
      overpaymentInterest: 0,
      note: '振込',
      kind: 'transaction',
      series: 1,
      estimated: false,
      line: 3,
    });
    expect(json.summary).toMatchObject({
      asOf: '2000-05-25',
      balance: 435_438,
      unpaidInterest: 6_442,
      overpayment: 0,
      overpaymentInterest: 0,
      claim: 0,
    });
  });

  it('replays the contract rate and computes an overpayment claim', () => {
    const csv = 'date,borrow,repay\n2001-01-10,500000,\n2001-02-10,,520000\n';
    const overpaid = join(folderWith({ 'o.csv': csv }), 'o.csv');
    const lender = JSON.parse(wakai(['recalc', overpaid, '--rate', '29.2', '--format', 'json']).stdout);
    // 500,000 × 29.2% × 31/365 = 12,400 → 7,600 overpaid at the contract rate too.
    expect(lender.rows[1]).toMatchObject({ interest: 12_400, overpayment: 7_600 });
    const statutory = JSON.parse(
      wakai(['recalc', overpaid, '--format', 'json', '--as-of', '2002-02-10', '--overpayment-rate', 'fixed-5']).stdout,
    );
    // 500,000 × 18% × 31/365 = 7,643 → overpayment 12,357; one year at 5% = 617.85 → 617.
    expect(statutory.summary).toMatchObject({ overpayment: 12_357, overpaymentInterest: 617, claim: 12_974 });
  });

  it('writes CSV and XLSX to --out, with the options at the top', async () => {
    const out = folderWith({});
    expect(wakai(['recalc', file, '--format', 'csv', '--out', join(out, 'ledger.csv')]).status).toBe(0);
    const csv = readFileSync(join(out, 'ledger.csv'), 'utf8');
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['\uFEFF引き直し計算', '計算条件,利率,利息制限法の上限利率']);
    expect(csv).toContain('2,2000-04-25,0,50000,29,18,6825,0,435419,0,0,振込');

    expect(wakai(['recalc', file, '--format', 'xlsx', '--out', join(out, 'ledger.xlsx')]).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'ledger.xlsx'));
    const values: unknown[] = [];
    workbook.getWorksheet(1)?.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[1]).toEqual(['計算条件', '利率', '利息制限法の上限利率']);
    expect(values).toContainEqual(['結果', '残元金', 435_419]);
  });

  it('reads an XLSX history', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('履歴');
    sheet.addRows([
      ['日付', '借入', '返済'],
      [new Date(Date.UTC(2000, 2, 27)), 478_594, null],
      ['H12.4.25', null, 50_000],
    ]);
    const xlsx = join(folderWith({}), 'h.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    expect(JSON.parse(wakai(['recalc', xlsx, '--format', 'json']).stdout).summary.balance).toBe(435_419);
  });

  it('reads standard input with -', () => {
    const run = wakai(['recalc', '-', '--format', 'json'], history);
    expect(JSON.parse(run.stdout).summary.balance).toBe(435_419);
  });

  it('gives the same figures whatever order the options come in', () => {
    const a = wakai(['recalc', file, '--format', 'json', '--rounding', 'up', '--first-day', 'first-loan']).stdout;
    const b = wakai(['recalc', '--first-day', 'first-loan', file, '--rounding', 'up', '--format', 'json']).stdout;
    expect(JSON.parse(a).summary).toEqual(JSON.parse(b).summary);
  });
});

describe('wakai recalc refuses bad input with exit status 2, in Japanese and English, and computes nothing', () => {
  const bad = (name: string, content: string | Uint8Array) => join(folderWith({ [name]: content }), name);
  const cases: [string, string[], RegExp[]][] = [
    ['a missing file', ['recalc', '/nonexistent/h.csv'], [/ファイルを読めません/, /cannot read/]],
    ['no file given', ['recalc'], [/ファイルを1つ指定/, /give one history file/]],
    ['an unknown command', ['settle'], [/不明なコマンド/, /unknown command/]],
    ['an unknown flag', ['recalc', 'x.csv', '--fast'], [/引数が正しくありません/, /bad arguments/]],
    ['a bad option value', ['recalc', 'x.csv', '--netting', 'sometimes'], [/--netting は interest-first/, /--netting takes/]],
    ['a bad rate', ['recalc', 'x.csv', '--rate', 'high'], [/--rate は/, /--rate takes/]],
    ['a bad format', ['recalc', 'x.csv', '--format', 'pdf'], [/--format は/, /--format takes/]],
    ['a bad as-of date', ['recalc', 'x.csv', '--as-of', 'H31.5.1'], [/--as-of の日付が正しくありません/, /--as-of is not a date/]],
    ['a bad gap', ['recalc', 'x.csv', '--gap-days', 'ten'], [/--gap-days/, /--gap-days takes/]],
    ['a bad opening balance', ['recalc', 'x.csv', '--opening-balance', 'many'], [/--opening-balance/, /--opening-balance takes/]],
    [
      'an unreadable encoding',
      ['recalc', bad('b.csv', new Uint8Array([0x82, 0xa0, 0xff, 0xfe, 0x00, 0x81]))],
      [/文字コードを判別できません/, /unknown text encoding/],
    ],
    ['malformed CSV', ['recalc', bad('q.csv', '日付,借入,返済\n2001-01-01,"5\n')], [/CSVの形式が正しくありません/, /malformed CSV/]],
    ['no header', ['recalc', bad('n.csv', 'a,b\n1,2\n')], [/見出し行が見つかりません/, /no header row/]],
    ['an empty history', ['recalc', bad('e.csv', '日付,借入,返済\n')], [/取引がありません/, /no transactions/]],
    [
      'an impossible date',
      ['recalc', bad('d.csv', '日付,借入,返済\n2001-01-01,100,\nH31.5.1,,50\n')],
      [/3行目 A列「日付」: 平成31年5月1日は存在しません/, /line 3, column A "日付"/],
    ],
    [
      'a bad amount',
      ['recalc', bad('m.csv', '日付,借入,返済\n2001-01-01,100,\n2001-02-01,,5O0\n')],
      [/3行目 C列「返済」: 金額として読めません: 「5O0」/, /line 3, column C "返済": not an amount/],
    ],
    [
      'a negative amount',
      ['recalc', bad('m.csv', '日付,借入,返済\n2001-01-01,-100,\n')],
      [/2行目 B列「借入」: マイナス/, /negative amounts/],
    ],
    ['a fraction of a yen', ['recalc', bad('m.csv', '日付,借入,返済\n2001-01-01,100.5,\n')], [/円未満の端数/, /whole yen/]],
    [
      'dates out of order',
      ['recalc', bad('o.csv', '日付,借入,返済\n2001-02-01,100,\n2001-01-01,,50\n')],
      [/3行目 A列「日付」: 取引日が前の行/, /date order/],
    ],
    [
      'a bad rate cell',
      ['recalc', bad('r.csv', '日付,借入,返済,利率\n2001-01-01,100,,高い\n')],
      [/D列「利率」: 利率として読めません/, /not a rate/],
    ],
    [
      'a row without amounts',
      ['recalc', bad('a.csv', '日付,借入,返済\n2001-01-01,,\n2001-02-01,100,\n')],
      [/2行目: 借入か返済のどちらかを入力してください/, /neither a borrowing nor a repayment/],
    ],
    [
      'an as-of date before the last row',
      ['recalc', bad('s.csv', '日付,借入,返済\n2001-01-01,100,\n'), '--as-of', '2000-01-01'],
      [/計算できません/, /before the last transaction/],
    ],
    [
      'a broken workbook',
      ['recalc', bad('w.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))],
      [/Excelファイルの形式が正しくありません/, /the Excel file is malformed/],
    ],
  ];

  it.each(cases)('%s', (_, args, messages) => {
    const run = wakai(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    for (const message of messages) expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('lists every bad row at once', () => {
    const run = wakai(['recalc', bad('many.csv', '日付,借入,返済\nH13.2.30,100,\n2001-03-01,,x\n2001-04-01,,-1\n')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('3件の誤り');
    expect(run.stderr).toContain('3 problems');
    for (const line of ['2行目', '3行目', '4行目', 'line 2', 'line 3', 'line 4']) expect(run.stderr).toContain(line);
  });

  it('leaves an existing --out file untouched when the input is bad', () => {
    const dir = folderWith({ 'ledger.csv': 'previous ledger', 'bad.csv': '日付,借入,返済\nH13.2.30,100,\n' });
    expect(wakai(['recalc', join(dir, 'bad.csv'), '--format', 'csv', '--out', join(dir, 'ledger.csv')]).status).toBe(2);
    expect(readFileSync(join(dir, 'ledger.csv'), 'utf8')).toBe('previous ledger');
  });
});

it('prints help', () => {
  const run = wakai(['help']);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('wakai recalc FILE');
});

it('prints the ledger of a 200,000-row history (a spread of that many widths once overflowed the stack)', () => {
  const lines = ['年月日,借入,返済'];
  let day = Date.UTC(1960, 0, 4);
  for (let i = 0; i < 200_000; i++) {
    if (i > 0 && i % 4 === 0) day += 86_400_000;
    lines.push(`${new Date(day).toISOString().slice(0, 10)},${i % 40 === 0 ? '100000,' : ',2000'}`);
  }
  const run = wakai(['recalc', join(folderWith({ 'big.csv': `${lines.join('\n')}\n` }), 'big.csv')]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout.split('\n').filter((line) => /^\s*[\d,]+\s+\d{4}-\d{2}-\d{2}/.test(line))).toHaveLength(200_000);
});
