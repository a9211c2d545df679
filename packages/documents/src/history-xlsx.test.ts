// A workbook that would take the server's memory and time is refused before any cell is built.
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_XLSX_ROWS, readHistoryXlsx } from './history-xlsx.js';

/** A zip with the given parts, as an XLSX is; `statedSize` may lie about a part's unpacked size. */
function zip(parts: { name: string; content: Buffer; statedSize?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const packed = deflateRawSync(part.content, { level: 1 });
    const size = part.statedSize ?? part.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(part.content), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(part.content), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A worksheet of `count` rows: a header, then dated borrowings. */
function sheet(count: number): Buffer {
  const row = (r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>2001-01-01</t></is></c><c r="B${r}"><v>1000</v></c></row>`;
  const rows = Array.from({ length: count }, (_, i) => row(i + 2)).join('');
  return Buffer.from(
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>日付</t></is></c><c r="B1" t="inlineStr"><is><t>借入</t></is></c></row>${rows}</sheetData></worksheet>`,
  );
}

describe('readHistoryXlsx refuses what would freeze the server', () => {
  it('refuses 2 million rows (200 MB unpacked) from the stated sizes alone', async () => {
    const workbook = zip([{ name: 'xl/worksheets/sheet1.xml', content: sheet(2_000_000) }]);
    const started = performance.now();
    expect(await readHistoryXlsx(workbook)).toMatchObject({
      ok: false,
      problems: [{ code: 'import.xlsxTooLarge', params: { limit: 128 } }],
    });
    // Sizes only: no part is unpacked (it took 50 s and 4 GB to build the cells before).
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a part that states a small size and unpacks to much more', async () => {
    expect(
      await readHistoryXlsx(zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(200 * 1024 * 1024, 0x20), statedSize: 1_000 }])),
    ).toMatchObject({ ok: false, problems: [{ code: 'import.xlsxTooLarge' }] });
  });

  it('refuses more rows than a history may hold, counted before any cell is built', async () => {
    const compact = Buffer.from(`<worksheet><sheetData>${'<row/>'.repeat(MAX_XLSX_ROWS + 1)}</sheetData></worksheet>`);
    expect(await readHistoryXlsx(zip([{ name: 'xl/worksheets/sheet1.xml', content: compact }]))).toMatchObject({
      ok: false,
      problems: [{ code: 'import.tooManyRows', params: { sheet: 'sheet1', limit: MAX_XLSX_ROWS } }],
    });
  });

  // Issue 18 item 14: "PK" and junk before a real zip passed the check (its offsets were off, the
  // check gave up) and exceljs, skipping the junk, unpacked the whole bomb: 1.46 GB for 1.9 MB.
  it('refuses data before the zip, whatever the zip holds', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(100 * 1024 * 1024, 0x20) }]);
    const prefixed = new Uint8Array(Buffer.concat([Buffer.from('PK junk before the workbook'), bomb]));
    const started = performance.now();
    expect(await readHistoryXlsx(prefixed)).toMatchObject({ ok: false, problems: [{ code: 'import.xlsxDamaged' }] });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a part that is not where the directory says, or unpacks to less than stated', async () => {
    const good = Buffer.from(zip([{ name: 'xl/worksheets/sheet1.xml', content: sheet(3) }]));
    const moved = Buffer.from(good);
    // The directory entry points 1 byte past its part.
    const directoryAt = moved.readUInt32LE(moved.length - 6);
    moved.writeUInt32LE(1, directoryAt + 42);
    expect(await readHistoryXlsx(new Uint8Array(moved))).toMatchObject({ ok: false, problems: [{ code: 'import.xlsxDamaged' }] });
    const short = zip([{ name: 'xl/worksheets/sheet1.xml', content: sheet(3), statedSize: sheet(3).length + 10 }]);
    expect(await readHistoryXlsx(short)).toMatchObject({ ok: false, problems: [{ code: 'import.xlsxDamaged' }] });
  });
});
