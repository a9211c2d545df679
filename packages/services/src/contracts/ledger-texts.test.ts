import { describe, expect, it } from 'vitest';
import { boundedTexts } from './ledger-texts.js';

describe('the kept ledger texts', () => {
  it('drops the least recently read first when over the bound', () => {
    const texts = boundedTexts(10);
    texts.set('a', 'aaaa');
    texts.set('b', 'bbbb');
    expect(texts.get('a')).toBe('aaaa');
    texts.set('c', 'cccc');
    expect([texts.get('a'), texts.get('b'), texts.get('c')]).toEqual(['aaaa', undefined, 'cccc']);
    // A text larger than the whole bound is not kept, and drops nothing.
    texts.set('d', 'd'.repeat(11));
    expect([texts.get('d'), texts.get('a')]).toEqual([undefined, 'aaaa']);
  });
});
