// A create sent twice (a double tap, a retry after a lost answer) must create one record: each submit
// attempt carries an Idempotency-Key the server remembers, and a retry of the same input reuses it.

/** A random v4 UUID; crypto.randomUUID needs a secure context, an office server on http:// is not one. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const idempotencyHeaders = (key: string): Record<string, string> => ({ 'Idempotency-Key': key });

/**
 * The key for a submit: the previous attempt's when the same input is sent again after no answer
 * (network error, 5xx), a new one otherwise.
 */
export class IdempotencyKeys {
  private last: { input: string; key: string } | undefined;

  keyFor(input: unknown): string {
    const text = JSON.stringify(input);
    if (this.last?.input === text) return this.last.key;
    this.last = { input: text, key: newIdempotencyKey() };
    return this.last.key;
  }

  /** The server answered (success or a refusal): the next submit is a new attempt. */
  answered(): void {
    this.last = undefined;
  }
}

/** A second key tied to `key` (a create of two records, each its own request): still a v4 UUID. */
export function relatedKey(key: string): string {
  return `${((Number.parseInt(key.charAt(0), 16) + 1) % 16).toString(16)}${key.slice(1)}`;
}
