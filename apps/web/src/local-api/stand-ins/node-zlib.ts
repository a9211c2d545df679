// node:zlib as the XLSX history reader uses it in the browser: raw DEFLATE unpacked by fflate, an
// output larger than allowed refused with Node's error code (the reader answers "too large").
import { inflateSync } from 'fflate';

export function inflateRawSync(data: Uint8Array, { maxOutputLength }: { maxOutputLength?: number } = {}): Buffer {
  const out = inflateSync(data);
  if (maxOutputLength !== undefined && out.length > maxOutputLength)
    throw Object.assign(new RangeError('Cannot create a Buffer larger than maxOutputLength'), { code: 'ERR_BUFFER_TOO_LARGE' });
  return Buffer.from(out.buffer, out.byteOffset, out.length);
}
