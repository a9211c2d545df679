// The user's mapping of a file's columns to ours: checked by the schema, then used by
// readHistoryTable in place of the header words, for every reader (CSV here; PDF and XLSX call the same).
import { describe, expect, it } from 'vitest';
import { columnMappingText } from './column-mapping.js';
import { columnMappingSchema } from './column-mapping-schema.js';
import { readHistoryCsv } from './history-file.js';

const csv = (text: string) => new TextEncoder().encode(text);

describe('column mapping', () => {
  it('reads the query form and refuses an unknown field, a field twice, or no date', () => {
    expect(columnMappingSchema.parse('date,,borrow,repay')).toEqual(['date', null, 'borrow', 'repay']);
    expect(columnMappingText(['date', null, 'borrow'])).toBe('date,,borrow');
    for (const bad of ['date,loan', 'date,repay,repay', ',borrow,repay', 'date,note']) {
      expect(columnMappingSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('takes an unknown header word as the field the user chose, and names the rows it left wrong', () => {
    const file = csv('年月日,ご利用額,返済\n2020-01-10,100000,\n2020-02-10,,20000\n2020-03-10,50000,\n2020-04-10,,10000\n');
    const read = readHistoryCsv(file);
    expect(read).toMatchObject({
      ok: false,
      problems: [{ line: 2 }, { line: 4 }],
      columns: { header: ['年月日', 'ご利用額', '返済'], fields: ['date', null, 'repay'] },
    });
    const mapped = readHistoryCsv(file, ['date', 'borrow', 'repay']);
    expect(mapped).toMatchObject({ ok: true, columns: { fields: ['date', 'borrow', 'repay'] } });
    expect(mapped.ok && mapped.transactions.map((t) => [t.borrow, t.repay])).toEqual([
      [100000, 0],
      [0, 20000],
      [50000, 0],
      [0, 10000],
    ]);
  });

  it('lets a column the header word took be left out or taken otherwise', () => {
    const file = csv('年月日,借入,返済,備考\n2020-01-10,100000,,初回\n');
    const read = readHistoryCsv(file, ['date', 'repay', null, null]);
    expect(read.ok && read.transactions).toEqual([{ date: '2020-01-10', borrow: 0, repay: 100000, line: 2 }]);
  });
});
