import { describe, expect, it } from 'vitest';
import { recordsNamed } from './named-records.js';

const creditors = [{ name: 'アコム' }, { name: 'アコム保証' }, { name: 'さくらカード(架空)' }];
const named = (wanted: string) => recordsNamed(creditors, wanted, (c) => c.name).map((c) => c.name);

describe('a creditor named by the user', () => {
  it('takes the exact name over the names that contain it', () => {
    expect(named('アコム')).toEqual(['アコム']);
  });
  it('takes part of a name when only one name contains it, and gives every candidate when several do', () => {
    expect(named('さくら')).toEqual(['さくらカード(架空)']);
    expect(named('コム')).toEqual(['アコム', 'アコム保証']);
    expect(named('みずほ')).toEqual([]);
  });
});
