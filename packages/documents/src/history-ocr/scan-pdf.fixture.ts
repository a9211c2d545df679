// A PDF of page images with no text layer, as a scanner makes (pdfmake, one JPEG filling each A4 page).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function historyPdfFrom(jpegs: readonly Buffer[]): Promise<Uint8Array> {
  const pdfmake = require('pdfmake') as typeof import('pdfmake');
  pdfmake.setUrlAccessPolicy(() => false);
  const content = jpegs.map((jpeg, i) => ({
    image: `data:image/jpeg;base64,${jpeg.toString('base64')}`,
    width: 595.28,
    absolutePosition: { x: 0, y: 0 },
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  const buffer = await pdfmake.createPdf({ pageSize: 'A4', pageMargins: [0, 0, 0, 0], content }).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
