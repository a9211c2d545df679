// What differs between what the user typed and what someone else saved meanwhile (a 409): field by
// field for forms, row by row for a history. Shown beside the user's own input, which stays on screen.
import { type FieldChange, formatYen, type TransactionInput, valueLabel } from '@wakai/core';
import { diffArrays } from 'diff';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of `mine` whose value differs in `theirs`, in the core's one FieldChange shape: `from`
 * what is stored (theirs), `to` what the user typed, each as a reader reads it; lists of one length
 * are compared item by item.
 */
export function fieldChanges(mine: Record<string, unknown>, theirs: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  const walk = (a: unknown, b: unknown, path: string[]) => {
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const k of Object.keys(a)) walk(a[k], b[k], [...path, k]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (const [index, item] of a.entries()) walk(item, b[index], [...path, String(index)]);
      return;
    }
    if (JSON.stringify(a ?? null) === JSON.stringify(b ?? null)) return;
    // Read the same (an empty text and no value are both 「(空欄)」): nothing the user could tell apart.
    if (valueLabel(a) === valueLabel(b)) return;
    changes.push({ field: path.join('.'), from: valueLabel(b), to: valueLabel(a) });
  };
  for (const k of Object.keys(mine)) walk(mine[k], theirs[k], [k]);
  return changes;
}

export interface RowChanges {
  /** Rows only in the user's history, only in the stored one (1-based positions in each). */
  onlyMine: { position: number; text: string }[];
  onlyTheirs: { position: number; text: string }[];
}

export function rowText(row: TransactionInput): string {
  return [
    row.date,
    row.borrow ? `借入 ${formatYen(row.borrow)}` : '',
    row.repay ? `返済 ${formatYen(row.repay)}` : '',
    row.rate === null ? '' : `利率 ${row.rate}%`,
    row.note,
    row.estimated ? '推定' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The rows that differ between two histories (an alignment, so one inserted row is one change). */
export function rowChanges(mine: readonly TransactionInput[], theirs: readonly TransactionInput[]): RowChanges {
  const changes: RowChanges = { onlyMine: [], onlyTheirs: [] };
  let mineAt = 0;
  let theirsAt = 0;
  for (const part of diffArrays(theirs.map(rowText), mine.map(rowText))) {
    for (const text of part.value) {
      if (part.added) changes.onlyMine.push({ position: ++mineAt, text });
      else if (part.removed) changes.onlyTheirs.push({ position: ++theirsAt, text });
      else {
        mineAt++;
        theirsAt++;
      }
    }
  }
  return changes;
}
