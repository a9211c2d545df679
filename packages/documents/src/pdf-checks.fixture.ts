// Checks of rendered files with the tools a person would use: poppler-utils for PDFs (page size,
// fonts, text, ink), a zip reader for .docx.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export function withPdf<T>(bytes: Uint8Array, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'wakai-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = run('pdfinfo', [file]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFontsOf(file: string): PdfFontRow[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may contain a space), encoding, emb, sub, uni, object, id
    const parts = line.trim().split(/\s+/);
    const [emb, sub, uni] = parts.slice(-5, -2);
    return {
      name: parts[0] ?? '',
      type: line.slice(37, 55).trim(),
      embedded: emb === 'yes',
      subset: sub === 'yes',
      unicode: uni === 'yes',
    };
  });
}

export function pdfText(file: string, page?: number): string {
  return run('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']);
}

/**
 * Share of dark pixels in a band of a page rendered at low resolution (PGM), from `top` to
 * `bottom` as fractions of the page height: a page whose glyphs render blank has none.
 */
export function inkShare(file: string, dir: string, page: number, top = 0, bottom = 1): number {
  const prefix = join(dir, `page${page}`);
  execFileSync('pdftoppm', ['-r', '40', '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const data = readFileSync(`${prefix}.pgm`);
  // P5\n<w> <h>\n<max>\n<bytes>
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = data.subarray(header[0].length);
  let dark = 0;
  const from = Math.floor(height * top);
  const to = Math.floor(height * bottom);
  for (let y = from; y < to; y++) for (let x = 0; x < width; x++) if ((pixels[y * width + x] ?? 255) < 128) dark++;
  return dark / (width * (to - from));
}

/** A .docx's parts, as text. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([name, content]) => [name, strFromU8(content)]),
  );
}
