// Scans made from the test PDFs as a scanner or a fax would: pdftoppm at a resolution, turned a
// degree or two, grey noise, JPEG compression; and a scanned PDF holding those JPEGs, one a page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { historyPdfFrom } from './scan-pdf.fixture.js';

export interface ScanOptions {
  dpi: 150 | 200;
  degrees: number;
  seed: number;
}

/** Each page of the PDF as a noisy, turned JPEG. */
export async function scannedPages(pdf: Uint8Array, { dpi, degrees, seed }: ScanOptions, lastPage?: number): Promise<Buffer[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wakai-scan-'));
  writeFileSync(join(dir, 'in.pdf'), pdf);
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-gray',
    ...(lastPage ? ['-l', String(lastPage)] : []),
    '-png',
    join(dir, 'in.pdf'),
    join(dir, 'page'),
  ]);
  const pages: Buffer[] = [];
  let state = seed >>> 0;
  const noise = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 4_294_967_296;
  };
  for (const file of readdirSync(dir)
    .filter((f) => f.startsWith('page'))
    .sort()) {
    const { data, info } = await sharp(readFileSync(join(dir, file)))
      .rotate(degrees, { background: '#ffffff' })
      .grayscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    for (let i = 0; i < data.length; i++)
      data[i] = Math.max(0, Math.min(255, (data[i] as number) + (noise() + noise() + noise() - 1.5) * 40));
    pages.push(
      await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
        .jpeg({ quality: 70 })
        .toBuffer(),
    );
  }
  return pages;
}

/** The JPEGs as a scanned PDF: one image a page, no text. */
export const scannedPdf = historyPdfFrom;
