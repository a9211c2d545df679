// 内容証明's counting rules (内国郵便約款; docs/documents.md "内容証明 rules"), each with its own test.
import { describe, expect, it } from 'vitest';
import { CertifiedMailTooLongError, certifiedMailGrid, countCertifiedMail, layoutCertifiedMail } from './certified-mail-grid.js';
import { CertifiedMailTableError, certifiedMailParagraphs } from './certified-mail-model.js';

describe('countCertifiedMail', () => {
  it('counts every punctuation mark as one character', () => {
    expect(countCertifiedMail('はい、そうです。')).toBe(8);
    expect(countCertifiedMail('、。・')).toBe(3);
  });

  it('counts a pair of brackets as one character', () => {
    expect(countCertifiedMail('「時効」')).toBe(3);
    expect(countCertifiedMail('(民法)')).toBe(3);
    expect(countCertifiedMail('【件名】『題』')).toBe(5);
    // An unmatched closing bracket counts on its own.
    expect(countCertifiedMail('a)')).toBe(2);
  });

  it('counts ㎡ and ㎏ as two characters', () => {
    expect(countCertifiedMail('50㎡')).toBe(4);
    expect(countCertifiedMail('3㎏')).toBe(3);
  });

  it('counts circled numbers as two, or one as an item marker at the start of a line', () => {
    expect(countCertifiedMail('第①号')).toBe(4);
    expect(countCertifiedMail('①契約')).toBe(3);
  });

  it('counts a half-width character as one', () => {
    expect(countCertifiedMail('ABC123')).toBe(6);
    expect(countCertifiedMail('ｱｲｳ')).toBe(3);
  });

  it('does not count spaces or blank lines', () => {
    expect(countCertifiedMail('時効 の\u3000援用')).toBe(5);
    expect(countCertifiedMail('一行目\n\n\n二行目\n')).toBe(6);
  });
});

describe('layoutCertifiedMail', () => {
  it('breaks lines at 26 characters and sheets at 20 lines, at most 520 characters a sheet', () => {
    const layout = layoutCertifiedMail([{ text: 'あ'.repeat(600) }], 2);
    expect(layout.sheets).toHaveLength(2);
    expect(layout.sheets[0]).toHaveLength(certifiedMailGrid.rows);
    for (const sheet of layout.sheets) {
      expect(sheet.every((line) => line.cells.length <= 26 && line.count <= 26)).toBe(true);
      expect(sheet.reduce((sum, line) => sum + line.count, 0)).toBeLessThanOrEqual(520);
    }
    expect(layout.count).toBe(600);
  });

  it('lets a line hold 26 counted characters where a pair of brackets shares one count, in 26 cells at most', () => {
    const layout = layoutCertifiedMail([{ text: `「${'あ'.repeat(30)}」` }], 1);
    expect(layout.sheets[0]?.[0]?.cells).toHaveLength(26);
    expect(layout.count).toBe(31);
  });

  it('sets a short line against the right edge with uncounted spaces', () => {
    const [line] = layoutCertifiedMail([{ text: '以上', align: 'right' }], 1).sheets[0] ?? [];
    expect(line?.cells).toHaveLength(26);
    expect(line?.cells.slice(-2).join('')).toBe('以上');
    expect(line?.count).toBe(2);
  });

  it('refuses, with the count, a text that does not fit the sheets', () => {
    const text = 'あ'.repeat(521);
    expect(() => layoutCertifiedMail([{ text }], 1)).toThrow(CertifiedMailTooLongError);
    try {
      layoutCertifiedMail([{ text }], 1);
    } catch (error) {
      const refused = error as CertifiedMailTooLongError;
      expect(refused.count).toBe(521);
      expect(refused.sheetsNeeded).toBe(2);
      expect(refused.capacity).toBe(520);
      expect(refused.message).toContain('521字');
    }
  });
});

describe('certifiedMailParagraphs', () => {
  it('refuses a table: 内容証明 cannot carry one', () => {
    const model = {
      title: 't',
      fileName: 't',
      style: 'certified-mail' as const,
      sections: [{ name: 't', blocks: [{ type: 'table' as const, columns: [{ header: 'a', kind: 'text' as const }], rows: [['x']] }] }],
    };
    expect(() => certifiedMailParagraphs(model)).toThrow(CertifiedMailTableError);
  });
});
