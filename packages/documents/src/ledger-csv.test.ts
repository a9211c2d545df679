import { recalculate } from '@wakai/core';
import { describe, expect, it } from 'vitest';
import { ledgerCsv } from './ledger-csv.js';

describe('ledger CSV', () => {
  it('keeps a note from being run as a formula by Excel (OWASP: a leading quote), and leaves amounts as numbers', () => {
    const notes = ['=HYPERLINK("http://evil.example","請求書")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '振込', '1行目\n2行目'];
    const result = recalculate(
      notes.map((note, index) => ({
        date: `2000-0${index + 1}-01`,
        borrow: index === 0 ? 100_000 : 0,
        repay: index === 0 ? 0 : 1_000,
        note,
      })),
      {},
    );
    const csv = ledgerCsv(result);
    const at = (no: number) => csv.slice(csv.indexOf(`\r\n${no},2000-`) + 2);
    expect(at(1)).toMatch(/^1,2000-01-01,100000,0,0,,0,0,100000,0,0,"'=HYPERLINK\(""http:\/\/evil\.example"",""請求書""\)"\r\n/);
    expect(at(2)).toMatch(/^2,2000-02-01,0,1000,31,18,1524,524,100000,0,0,'\+1\+1\r\n/);
    expect(at(3)).toMatch(/,'-2\+3\r\n/);
    expect(at(4)).toMatch(/,'@SUM\(A1\)\r\n/);
    expect(at(5)).toMatch(/,'\t=1\r\n/);
    expect(at(6)).toMatch(/,"'\r=1"\r\n/);
    expect(at(7)).toMatch(/,振込\r\n/);
    expect(at(8)).toMatch(/,"1行目\n2行目"\r\n/);
  });
});
