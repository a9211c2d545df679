// A scanned page made readable for OCR: grey, straightened (the skew is measured from the rows of
// text and rules), and the table's rules taken out (tesseract reads a ruled table as noise: with
// the rules left in, a page of figures came back as letters).
import sharp from 'sharp';

export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A page image (PNG, JPEG, or raw grey pixels) as grey pixels, at most this wide. */
export async function greyImage(input: Uint8Array | GreyImage): Promise<GreyImage> {
  const image = 'data' in input ? sharp(input.data, { raw: { width: input.width, height: input.height, channels: 1 } }) : sharp(input);
  const { data, info } = await image.rotate().grayscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

const dark = (value: number) => value < 150;

/**
 * The page's skew in degrees (−5 to 5): the angle at which the dark pixels fall into the fewest,
 * fullest rows — text lines and rules are horizontal on a straight page.
 */
export function skewDegrees(image: GreyImage): number {
  const step = Math.max(1, Math.round(image.width / 800));
  const points: number[] = [];
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) if (dark(image.data[y * image.width + x] as number)) points.push(x, y);
  }
  let best = 0;
  let bestScore = -1;
  for (let tenths = -50; tenths <= 50; tenths++) {
    const slope = Math.tan((tenths / 10) * (Math.PI / 180));
    const rows = new Map<number, number>();
    for (let i = 0; i < points.length; i += 2) {
      const row = Math.round(((points[i + 1] as number) - (points[i] as number) * slope) / step);
      rows.set(row, (rows.get(row) ?? 0) + 1);
    }
    let score = 0;
    for (const count of rows.values()) score += count * count;
    if (score > bestScore) {
      bestScore = score;
      best = tenths / 10;
    }
  }
  return best;
}

/** The page turned by `degrees` (clockwise positive) on a white ground, cropped back to its size. */
export async function rotated(image: GreyImage, degrees: number): Promise<GreyImage> {
  if (degrees === 0) return image;
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .rotate(degrees, { background: { r: 255, g: 255, b: 255 } })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const left = Math.floor((info.width - image.width) / 2);
  const top = Math.floor((info.height - image.height) / 2);
  const out = new Uint8Array(image.width * image.height);
  for (let y = 0; y < image.height; y++) {
    const from = (y + top) * info.width + left;
    out.set(data.subarray(from, from + image.width), y * image.width);
  }
  return { data: out, width: image.width, height: image.height };
}

/**
 * Rules whited out: a dark run longer than a fifteenth of the page across (or a thirtieth down)
 * is a rule, not a character. Also whites out specks of noise (a dark pixel with no dark neighbour).
 */
export function withoutRules(image: GreyImage): GreyImage {
  const { width, height } = image;
  const data = new Uint8Array(image.data);
  const rule = new Uint8Array(width * height);
  const mark = (start: number, length: number, stride: number) => {
    for (let k = 0; k < length; k++) rule[start + k * stride] = 1;
  };
  const across = Math.round(width / 15);
  for (let y = 0; y < height; y++) {
    let run = 0;
    for (let x = 0; x <= width; x++) {
      if (x < width && dark(image.data[y * width + x] as number)) run++;
      else {
        if (run >= across) mark(y * width + x - run, run, 1);
        run = 0;
      }
    }
  }
  const down = Math.round(height / 30);
  for (let x = 0; x < width; x++) {
    let run = 0;
    for (let y = 0; y <= height; y++) {
      if (y < height && dark(image.data[y * width + x] as number)) run++;
      else {
        if (run >= down) mark((y - run) * width + x, run, width);
        run = 0;
      }
    }
  }
  // A rule is a few pixels thick: its neighbours one pixel off go too.
  for (let i = 0; i < data.length; i++) {
    if (rule[i] || rule[i - 1] || rule[i + 1] || rule[i - width] || rule[i + width]) data[i] = 255;
  }
  return { data, width, height };
}

/** The prepared page as a PNG for tesseract. */
export async function pngOf(image: GreyImage): Promise<Buffer> {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .png()
    .toBuffer();
}

/** A strip of the page (a row's line, for the preview) as a small PNG. */
export async function stripPng(image: GreyImage, top: number, bottom: number): Promise<Buffer> {
  const from = Math.max(0, Math.floor(top) - 4);
  const to = Math.min(image.height, Math.ceil(bottom) + 4);
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .extract({ left: 0, top: from, width: image.width, height: Math.max(1, to - from) })
    .resize({ width: Math.min(image.width, 1200) })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
