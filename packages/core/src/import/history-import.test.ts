import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHistoryCsv } from './history-file.js';
import { describeProblem, readHistoryTable } from './history-table.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const sjis = (text: string) => new Uint8Array(iconv.encode(text, 'Shift_JIS'));

const japanese = '年月日,借入金額,返済額,備考\nH13.1.15,"50,000",,初回\n平成13年2月15日,,"¥10,000",\n2001/3/15,,１０，０００円,\n';

describe('readHistoryCsv', () => {
  const expected = [
    { date: '2001-01-15', borrow: 50_000, repay: 0, note: '初回', line: 2 },
    { date: '2001-02-15', borrow: 0, repay: 10_000, line: 3 },
    { date: '2001-03-15', borrow: 0, repay: 10_000, line: 4 },
  ];

  it.each([
    ['UTF-8', utf8(japanese)],
    ['UTF-8 with BOM', utf8(`\uFEFF${japanese}`)],
    ['Shift_JIS', sjis(japanese)],
    ['UTF-16 with BOM', new Uint8Array(iconv.encode(`\uFEFF${japanese}`, 'utf16le'))],
  ])('reads %s', (_, bytes) => {
    expect(readHistoryCsv(bytes)).toMatchObject({ ok: true, transactions: expected });
  });

  it('reads English headers, tabs, a title above the header, extra columns and a rate', () => {
    const text = '取引履歴 ○○ファイナンス\n\ndate\tborrow\trepay\trate\tbalance\n2001-01-15\t50000\t\t29.2\t50000\n';
    expect(readHistoryCsv(utf8(text))).toEqual({
      ok: true,
      transactions: [{ date: '2001-01-15', borrow: 50_000, repay: 0, rate: 292_000, line: 3 + 1 }],
      headerLine: 3,
      ignoredColumns: ['balance'],
      columns: { header: ['date', 'borrow', 'repay', 'rate', 'balance'], fields: ['date', 'borrow', 'repay', 'rate', null] },
    });
  });

  it('takes a final row with only a date as the as-of date (名古屋式)', () => {
    const read = readHistoryCsv(utf8('日付,借入,返済\n2001-01-15,50000,\n2005-03-31,,\n'));
    expect(read).toMatchObject({ ok: true, asOf: '2005-03-31' });
    expect(read.ok && read.transactions).toHaveLength(1);
  });

  it('marks estimated rows', () => {
    const read = readHistoryCsv(utf8('日付,借入,返済,推定\n2001-01-15,50000,,○\n2001-02-15,,1000,\n'));
    expect(read.ok && read.transactions.map((t) => t.estimated ?? false)).toEqual([true, false]);
  });

  it('names the line and column of every bad cell and returns nothing else', () => {
    const text = [
      '年月日,借入,返済,利率',
      'H13.1.15,50000,,',
      'H13.2.30,,1000,',
      'H13.3.15,,"1,2a3",',
      'H13.4.15,,-500,',
      'H13.5.15,,100.5,18.00001',
      'H31.5.1,,100,',
      'H13.1.1,,100,',
      'H13.6.1,,,',
      'H13.7.1,,100,',
    ].join('\n');
    const read = readHistoryCsv(utf8(text));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.line, p.columnLetter ?? '', p.code])).toEqual([
      [3, 'A', 'date.impossible'],
      [4, 'C', 'amount.invalid'],
      [5, 'C', 'amount.negative'],
      [6, 'C', 'amount.fraction'],
      [6, 'D', 'rate.tooPrecise'],
      [7, 'A', 'date.outsideEra'],
      [8, 'A', 'import.dateOrder'],
      [9, '', 'import.noAmount'],
    ]);
    expect(describeProblem(read.problems[1] as never, 'ja')).toBe('4行目 C列「返済」: 金額として読めません: 「1,2a3」');
    expect(describeProblem(read.problems[5] as never, 'ja')).toContain('平成31年5月1日は存在しません');
    expect(describeProblem(read.problems[0] as never, 'en')).toBe('line 3, column A "年月日": no such date: "H13.2.30"');
  });

  it('refuses files it cannot read at all', () => {
    expect(readHistoryCsv(new Uint8Array([0x82, 0xa0, 0xff, 0xfe, 0x00, 0x81]))).toMatchObject({
      ok: false,
      problems: [{ code: 'import.encoding' }],
    });
    expect(readHistoryCsv(utf8('名前,金額\n山田,100\n'))).toMatchObject({
      ok: false,
      problems: [{ code: 'import.noHeader' }],
      columns: { header: ['名前', '金額'], fields: [null, null] },
    });
    expect(readHistoryCsv(utf8('日付,借入,返済\n'))).toMatchObject({ ok: false, problems: [{ code: 'import.empty' }] });
    expect(readHistoryCsv(utf8('日付,借入,借入額\n2001-01-01,1,1\n'))).toMatchObject({
      ok: false,
      problems: [{ code: 'import.duplicateColumn', line: 1, columnLetter: 'C' }],
    });
    expect(readHistoryCsv(utf8('日付,借入,返済\n2001-01-01,"1\n'))).toMatchObject({ ok: false, problems: [{ code: 'import.csvSyntax' }] });
  });
});

describe('readHistoryTable', () => {
  it('reads spreadsheet cells: dates, numbers and empty cells', () => {
    const read = readHistoryTable(
      [
        ['年月日', '借入', '返済'],
        [new Date(Date.UTC(2000, 1, 29)), 50000, null],
        ['R2.4.1', undefined, 1000],
      ],
      [1, 2, 5],
    );
    expect(read).toMatchObject({
      ok: true,
      transactions: [
        { date: '2000-02-29', borrow: 50_000, line: 2 },
        { date: '2020-04-01', repay: 1_000, line: 5 },
      ],
    });
  });

  it('refuses a fractional number cell', () => {
    expect(
      readHistoryTable([
        ['日付', '返済'],
        ['2001-01-01', 100.5],
      ]),
    ).toMatchObject({ ok: false, problems: [{ code: 'amount.fraction', line: 2 }] });
  });
});

describe('line numbers', () => {
  it('counts blank lines and line breaks inside quoted fields', () => {
    const read = readHistoryCsv(utf8('日付,借入,返済,備考\r\n\r\n2001-01-01,100,,"一行目\r\n二行目"\r\n2001-02-01,,x,\r\n'));
    expect(read).toMatchObject({ ok: false, problems: [{ line: 5, columnLetter: 'C' }] });
  });
});
