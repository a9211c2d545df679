// What an edit changed, as the audit log keeps it: the paths of the fields that differ, with the
// old and new value only for short scalars — never a whole history, a text block or a file.
import type { FieldChange } from '@wakai/db';

/** Longer texts are named, not copied (a memo or an address belongs in the record, not the log). */
const SHORT_TEXT = 40;
/** An entry names at most this many fields; the rest are counted. */
const MAX_FIELDS = 30;
/** Bookkeeping, not content. */
const IGNORED = new Set(['version', 'historyVersion', 'updatedAt', 'createdAt', 'id', 'caseId', 'creditorId', 'position']);

type Scalar = string | number | boolean | null;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortScalar(value: unknown): value is Scalar | undefined {
  if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') return true;
  return typeof value === 'string' && value.length <= SHORT_TEXT;
}

function walk(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (IGNORED.has(key)) continue;
      walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return;
  if (shortScalar(before) && shortScalar(after)) out.push({ field: path, from: before ?? null, to: after ?? null });
  else out.push({ field: path });
}

/** The fields that differ between two versions of a record. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, '', out);
  if (out.length <= MAX_FIELDS) return out;
  return [...out.slice(0, MAX_FIELDS), { field: '*', to: out.length - MAX_FIELDS }];
}

/** A count that changed (rows of a history, files of a contact), as one field. */
export function countChange(field: string, before: number, after: number): FieldChange[] {
  return before === after ? [{ field }] : [{ field, from: before, to: after }];
}
