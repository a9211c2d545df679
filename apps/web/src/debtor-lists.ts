// The debtor page's lists (family, deposits, cars, insurance, other assets) as editable rows.
import type { ListColumn, ListRow } from './components/ListEditor.js';
import { amountText, amountValue, wholeValue } from './form-values.js';

export const lists = {
  householdMembers: [
    { key: 'name', label: '氏名', kind: 'text' },
    { key: 'relation', label: '続柄', kind: 'text' },
    { key: 'age', label: '年齢', kind: 'whole' },
    { key: 'monthlyIncome', label: '月収(円)', kind: 'amount' },
  ],
  deposits: [
    { key: 'bank', label: '金融機関', kind: 'text' },
    { key: 'branch', label: '支店', kind: 'text' },
    { key: 'kind', label: '種類', kind: 'text' },
    { key: 'balance', label: '残高(円)', kind: 'amount' },
  ],
  cars: [
    { key: 'name', label: '車名', kind: 'text' },
    { key: 'value', label: '時価(円)', kind: 'amount' },
    { key: 'loanBalance', label: 'ローン残高(円)', kind: 'amount' },
    { key: 'lender', label: 'ローン会社', kind: 'text' },
    { key: 'titleRetained', label: '所有権留保', kind: 'check' },
  ],
  insurance: [
    { key: 'company', label: '保険会社', kind: 'text' },
    { key: 'kind', label: '種類', kind: 'text' },
    { key: 'surrenderValue', label: '解約返戻金(円)', kind: 'amount' },
  ],
  other: [
    { key: 'name', label: '財産', kind: 'text' },
    { key: 'value', label: '評価額(円)', kind: 'amount' },
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
