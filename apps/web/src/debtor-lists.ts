// The debtor page's lists (family, deposits, cars, insurance, other assets) as editable rows.
import { listColumnLabels } from '@wakai/core';
import type { ListColumn, ListRow } from './components/ListEditor.js';
import { amountText, amountValue, wholeValue } from './form-values.js';

/** Where each list lies in the case: its columns are named by the core's map (the 変更履歴 says the same). */
export const listPaths = {
  householdMembers: 'debtor.householdMembers',
  deposits: 'assets.deposits',
  cars: 'assets.cars',
  insurance: 'assets.insurance',
  other: 'assets.other',
} as const;

/** A column's name from the map, with the unit the cell is typed in. */
const column = (list: keyof typeof listPaths, key: string, unit = '') => `${listColumnLabels[listPaths[list]]?.[key] ?? key}${unit}`;

export const lists = {
  householdMembers: [
    { key: 'name', label: column('householdMembers', 'name'), kind: 'text' },
    { key: 'relation', label: column('householdMembers', 'relation'), kind: 'text' },
    { key: 'age', label: column('householdMembers', 'age'), kind: 'whole' },
    { key: 'monthlyIncome', label: column('householdMembers', 'monthlyIncome', '(円)'), kind: 'amount' },
  ],
  deposits: [
    { key: 'bank', label: column('deposits', 'bank'), kind: 'text' },
    { key: 'branch', label: column('deposits', 'branch'), kind: 'text' },
    { key: 'kind', label: column('deposits', 'kind'), kind: 'text' },
    { key: 'balance', label: column('deposits', 'balance', '(円)'), kind: 'amount' },
  ],
  cars: [
    { key: 'name', label: column('cars', 'name'), kind: 'text' },
    { key: 'value', label: column('cars', 'value', '(円)'), kind: 'amount' },
    { key: 'loanBalance', label: column('cars', 'loanBalance', '(円)'), kind: 'amount' },
    { key: 'lender', label: column('cars', 'lender'), kind: 'text' },
    { key: 'titleRetained', label: column('cars', 'titleRetained'), kind: 'check' },
  ],
  insurance: [
    { key: 'company', label: column('insurance', 'company'), kind: 'text' },
    { key: 'kind', label: column('insurance', 'kind'), kind: 'text' },
    { key: 'surrenderValue', label: column('insurance', 'surrenderValue', '(円)'), kind: 'amount' },
  ],
  other: [
    { key: 'name', label: column('other', 'name'), kind: 'text' },
    { key: 'value', label: column('other', 'value', '(円)'), kind: 'amount' },
  ],
} as const satisfies Record<string, readonly ListColumn[]>;

export type ListName = keyof typeof lists;

export const toRows = (items: readonly Record<string, unknown>[], columns: readonly ListColumn[]): ListRow[] =>
  items.map((item) =>
    Object.fromEntries(
      columns.map((c) => [
        c.key,
        c.kind === 'check'
          ? item[c.key] === true
          : c.kind === 'amount'
            ? amountText(item[c.key] as number | null)
            : String(item[c.key] ?? ''),
      ]),
    ),
  );

export const fromRows = (rows: readonly ListRow[], columns: readonly ListColumn[]) =>
  rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => {
        const value = row[c.key];
        if (c.kind === 'check') return [c.key, value === true];
        if (c.kind === 'amount') return [c.key, amountValue(String(value))];
        if (c.kind === 'whole') return [c.key, wholeValue(String(value))];
        return [c.key, String(value)];
      }),
    ),
  );
