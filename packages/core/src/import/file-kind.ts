// What kind of file a history upload is, from its first bytes: each reader (and its large
// library) is loaded only for its own kind, so a CSV never loads pdf.js or the OCR.

/** A zip: an XLSX workbook. */
export function isZipFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** `%PDF-` within the first kilobyte, where readers look for it. */
export function isPdfFile(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let at = 0; at + 5 <= head.length; at++) {
    if (head[at] === 0x25 && head[at + 1] === 0x50 && head[at + 2] === 0x44 && head[at + 3] === 0x46 && head[at + 4] === 0x2d) return true;
  }
  return false;
}

/** A PNG or a JPEG: a scan or a phone's photo. */
export function isImageFile(bytes: Uint8Array): boolean {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return png || jpeg;
}
