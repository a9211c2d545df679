// What a case file would change in a case it is imported into, shown before anything is written:
// the debtor's parts field by field, and per creditor, contract and transaction row what is added,
// removed or changed. Creditors match by name, contracts by number, label or order.
import { type CaseContent, contractSchema, creditorSchema, schemaFields, type TransactionInput } from '@wakai/core';
import type { FieldChange } from '@wakai/db';
import { fieldChanges } from '../audit/field-changes.js';

export type RowChange = 'added' | 'removed' | 'changed' | 'same';
type CreditorContent = CaseContent['creditors'][number];
type ContractContent = CreditorContent['contracts'][number];

export interface TransactionsDiff {
  added: TransactionInput[];
  removed: TransactionInput[];
  /** A row of the same date whose amounts, rate or note differ. */
  changed: { before: TransactionInput; after: TransactionInput }[];
}

export interface ContractDiff {
  label: string;
  change: RowChange;
  /** Positions in the case and in the file (null where it is only on one side). */
  current: number | null;
  incoming: number | null;
  fields: FieldChange[];
  transactions: TransactionsDiff;
  /** Rows of a contract added or removed whole (its rows are not listed). */
  transactionCount: number;
}

export interface CreditorDiff {
  name: string;
  change: RowChange;
  current: number | null;
  incoming: number | null;
  fields: FieldChange[];
  contracts: ContractDiff[];
}

export interface CaseFileDiff {
  parts: { part: 'debtor' | 'budget' | 'assets'; changes: FieldChange[] }[];
  creditors: CreditorDiff[];
  /** Nothing would change. */
  same: boolean;
}

const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Pairs items of two lists: first by `strong` keys (when both have one), then by `weak` keys, then by order. */
function pair<T>(current: T[], incoming: T[], keys: ((item: T) => string)[]): [number | null, number | null][] {
  const taken = new Set<number>();
  const match = new Map<number, number>();
  for (const keyOf of keys)
    current.forEach((item, i) => {
      if (match.has(i) || !keyOf(item)) return;
      const j = incoming.findIndex((other, index) => !taken.has(index) && keyOf(other) === keyOf(item));
      if (j >= 0) {
        match.set(i, j);
        taken.add(j);
      }
    });
  const pairs: [number | null, number | null][] = current.map((_, i) => [i, match.get(i) ?? null]);
  incoming.forEach((_, j) => {
    if (!taken.has(j)) pairs.push([null, j]);
  });
  return pairs;
}

function rowKey(row: TransactionInput): string {
  return JSON.stringify([row.date, row.borrow, row.repay, row.rate ?? null, row.note ?? '', row.estimated ?? false]);
}

export function transactionsDiff(current: TransactionInput[], incoming: TransactionInput[]): TransactionsDiff {
  const left = new Map<string, number>();
  for (const row of current) left.set(rowKey(row), (left.get(rowKey(row)) ?? 0) + 1);
  const added: TransactionInput[] = [];
  for (const row of incoming) {
    const count = left.get(rowKey(row)) ?? 0;
    if (count > 0) left.set(rowKey(row), count - 1);
    else added.push(row);
  }
  const removed = current.filter((row) => {
    const count = left.get(rowKey(row)) ?? 0;
    if (count === 0) return false;
    left.set(rowKey(row), count - 1);
    return true;
  });
  const changed: TransactionsDiff['changed'] = [];
  for (const before of [...removed]) {
    const index = added.findIndex((row) => row.date === before.date);
    if (index < 0) continue;
    changed.push({ before, after: added[index] as TransactionInput });
    added.splice(index, 1);
    removed.splice(removed.indexOf(before), 1);
  }
  return { added, removed, changed };
}

const noRows: TransactionsDiff = { added: [], removed: [], changed: [] };

function contractDiff(
  current: ContractContent | undefined,
  incoming: ContractContent | undefined,
  at: [number | null, number | null],
): ContractDiff {
  const either = (incoming ?? current) as ContractContent;
  const label = either.label || either.contractNumber || '契約';
  if (!current || !incoming)
    return {
      label,
      change: current ? 'removed' : 'added',
      current: at[0],
      incoming: at[1],
      fields: [],
      transactions: noRows,
      transactionCount: either.transactions.length,
    };
  const fields = fieldChanges(schemaFields(contractSchema, current), schemaFields(contractSchema, incoming));
  const transactions = transactionsDiff(current.transactions, incoming.transactions);
  const rows = transactions.added.length + transactions.removed.length + transactions.changed.length;
  return {
    label,
    change: fields.length + rows > 0 ? 'changed' : 'same',
    current: at[0],
    incoming: at[1],
    fields,
    transactions,
    transactionCount: incoming.transactions.length,
  };
}

function creditorDiff(
  current: CreditorContent | undefined,
  incoming: CreditorContent | undefined,
  at: [number | null, number | null],
): CreditorDiff {
  const name = (incoming ?? current)?.name ?? '';
  const currentContracts = current?.contracts ?? [];
  const incomingContracts = incoming?.contracts ?? [];
  const contracts = pair(currentContracts, incomingContracts, [(k) => key(k.contractNumber ?? ''), (k) => key(k.label), () => 'order']).map(
    ([i, j]) => contractDiff(i === null ? undefined : currentContracts[i], j === null ? undefined : incomingContracts[j], [i, j]),
  );
  if (!current || !incoming) return { name, change: current ? 'removed' : 'added', current: at[0], incoming: at[1], fields: [], contracts };
  const fields = fieldChanges(schemaFields(creditorSchema, current), schemaFields(creditorSchema, incoming));
  const change = fields.length > 0 || contracts.some((k) => k.change !== 'same') ? 'changed' : 'same';
  return { name, change, current: at[0], incoming: at[1], fields, contracts };
}

/** What importing `incoming` into a case holding `current` would change (negotiation records are the office's and stay). */
export function caseFileDiff(current: CaseContent, incoming: CaseContent): CaseFileDiff {
  const parts = (['debtor', 'budget', 'assets'] as const)
    .map((part) => ({ part, changes: fieldChanges(current[part], incoming[part]) }))
    .filter((p) => p.changes.length > 0);
  const creditors = pair(current.creditors, incoming.creditors, [(c) => key(c.name)]).map(([i, j]) =>
    creditorDiff(i === null ? undefined : current.creditors[i], j === null ? undefined : incoming.creditors[j], [i, j]),
  );
  return { parts, creditors, same: parts.length === 0 && creditors.every((c) => c.change === 'same') };
}
