// node:crypto as the in-browser API uses it: sha256 in hex (request and token digests, a case
// file's baseline) and random bytes (tokens). Synchronous like Node's, which Web Crypto is not.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

type Encoding = 'hex' | 'base64' | 'base64url';

function encode(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'hex') return bytesToHex(bytes);
  const base64 = btoa(String.fromCharCode(...bytes));
  return encoding === 'base64' ? base64 : base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function createHash(algorithm: string) {
  if (algorithm !== 'sha256') throw new Error(`only sha256 is available in the browser, not ${algorithm}`);
  const hash = sha256.create();
  const digester = {
    update(data: string | Uint8Array) {
      hash.update(typeof data === 'string' ? utf8ToBytes(data) : data);
      return digester;
    },
    digest: (encoding: Encoding) => encode(hash.digest(), encoding),
  };
  return digester;
}

export function randomBytes(size: number) {
  const bytes = crypto.getRandomValues(new Uint8Array(size));
  return { toString: (encoding: Encoding) => encode(bytes, encoding) };
}

export const randomUUID = () => crypto.randomUUID();
