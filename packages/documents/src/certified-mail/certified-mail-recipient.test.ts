// The recipient's row of a 内容証明 (内国郵便約款; docs/documents.md "内容証明 rules": 26字×20行, the
// recipient as on the envelope): the honorific stays on the name's row.
import { describe, expect, it } from 'vitest';
import { layoutCertifiedMail } from './certified-mail-grid.js';
import { certifiedMailRecipient } from './certified-mail-recipient.js';

const rows = (lines: string[]) =>
  layoutCertifiedMail(
    lines.map((text) => ({ text })),
    1,
  ).sheets[0] ?? [];
const cells = (text: string) => rows([text])[0]?.cells.length;

describe('certifiedMailRecipient', () => {
  it('keeps the spaces where the line fits', () => {
    expect(certifiedMailRecipient('架空債権回収株式会社', '回収 一郎')).toEqual(['架空債権回収株式会社 代表者 回収 一郎 殿']);
    expect(certifiedMailRecipient('さくらカード(架空)')).toEqual(['さくらカード(架空) 御中']);
  });

  it('drops the spaces between company, title and name rather than put 殿 on a row of its own', () => {
    // Spaced, the line takes 27 cells: 殿 would fall alone onto the 2nd row.
    expect(rows(['さくらカード(架空) 代表者 代表取締役 桜 太郎 殿'])).toHaveLength(2);
    const lines = certifiedMailRecipient('さくらカード(架空)', '代表取締役 桜 太郎');
    expect(lines).toEqual(['さくらカード(架空)代表者代表取締役 桜 太郎殿']);
    expect(cells(lines[0] ?? '')).toBe(24);
  });

  it('gives the company its own row when even the tight line overflows, the name and 殿 together', () => {
    const company = '株式会社架空ファイナンシャルサービス(架空)';
    expect(certifiedMailRecipient(company, '代表取締役社長 山田 太郎')).toEqual([company, '代表者 代表取締役社長 山田 太郎 殿']);
  });

  it('never leaves the honorific alone on a row, whatever the length', () => {
    for (let length = 20; length <= 60; length++) {
      const lines = certifiedMailRecipient('架'.repeat(length), '代表'.repeat(length % 15));
      const laid = rows(lines);
      expect(laid.every((row) => row.cells.length <= 26 && row.count <= 26)).toBe(true);
      const last = laid.at(-1)?.cells.join('') ?? '';
      expect(last === '殿' || last === '御中' || last === '中').toBe(false);
      expect(lines.join('').replace(/\s/g, '')).toMatch(/(殿|御中)$/);
    }
  });
});
