// What a 409 shows beside the user's input: only what a reader can tell apart, in the one wording of
// an empty value (issue 18 #7). A unit test beside app code: `npm run test:unit` collects it.
import { emptyValueText } from '@wakai/core';
import { expect, it } from 'vitest';
import { fieldChanges } from './conflict.js';

it('shows a field that differs, with empty as the one empty wording, and not an empty text against no value', () => {
  const mine = { debtor: { occupation: 'パート', postcode: '', phone: '' }, assets: { cash: 0 } };
  const theirs = { debtor: { occupation: '自営業', postcode: null, phone: '045-000-0000' }, assets: { cash: 0 } };
  expect(fieldChanges(mine, theirs)).toEqual([
    { field: 'debtor.occupation', from: '自営業', to: 'パート' },
    { field: 'debtor.phone', from: '045-000-0000', to: emptyValueText },
  ]);
});
