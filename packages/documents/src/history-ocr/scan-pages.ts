// The page images of a scan: a PNG or JPEG (a phone photo too) is one page; a PDF without text
// gives the largest image on each page, taken out by pdf.js (no canvas needed: a scanner's PDF is
// one picture a page).
import { isImageFile, isPdfFile as isPdf } from '@wakai/core/engine';
import { openPdf, pdfjs } from '../history-pdf/pdf-text.js';
import type { GreyImage } from './page-image.js';

export type PageSource = Uint8Array | GreyImage;

export const isImage = isImageFile;

interface PdfImage {
  width: number;
  height: number;
  data?: Uint8ClampedArray | Uint8Array;
  kind?: number;
}

/** Grey pixels of a pdf.js image (1 bit, RGB or RGBA per pixel). */
function greyOf(image: PdfImage, kinds: { GRAYSCALE_1BPP: number; RGB_24BPP: number; RGBA_32BPP: number }): GreyImage | undefined {
  const { width, height, data, kind } = image;
  if (!data) return undefined;
  const out = new Uint8Array(width * height);
  if (kind === kinds.GRAYSCALE_1BPP) {
    const rowBytes = Math.ceil(width / 8);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) out[y * width + x] = ((data[y * rowBytes + (x >> 3)] as number) >> (7 - (x & 7))) & 1 ? 255 : 0;
    return { data: out, width, height };
  }
  const step = kind === kinds.RGBA_32BPP ? 4 : 3;
  for (let i = 0; i < out.length; i++) {
    const at = i * step;
    out[i] = Math.round(((data[at] as number) + (data[at + 1] as number) + (data[at + 2] as number)) / 3);
  }
  return { data: out, width, height };
}

/** Each page's image, or a reason there is none. */
export async function* scanPages(bytes: Uint8Array): AsyncGenerator<{ page: number; total: number; image: PageSource | undefined }> {
  if (!isPdf(bytes)) {
    yield { page: 1, total: 1, image: bytes };
    return;
  }
  const { OPS, ImageKind } = await pdfjs();
  const pdf = await openPdf(bytes);
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const operators = await page.getOperatorList();
      let largest: GreyImage | undefined;
      for (let i = 0; i < operators.fnArray.length; i++) {
        if (operators.fnArray[i] !== OPS.paintImageXObject) continue;
        const name = (operators.argsArray[i] as [string])[0];
        const image = await new Promise<PdfImage>((resolve) => page.objs.get(name, resolve));
        const grey = greyOf(image, ImageKind);
        if (grey && (!largest || grey.width * grey.height > largest.width * largest.height)) largest = grey;
      }
      page.cleanup();
      yield { page: number, total: pdf.numPages, image: largest };
    }
  } finally {
    await pdf.destroy();
  }
}
