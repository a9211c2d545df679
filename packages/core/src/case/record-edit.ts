// A save changes only what the user touched: an edit names the fields it changes, and every field
// it leaves out keeps its stored value (never a schema default). Objects are merged field by field;
// lists and values are replaced whole (a list is edited as one thing: rows added, removed, reordered).
import type { z } from 'zod';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `stored` with the fields `edit` gives; anything `edit` leaves out stays as stored. */
export function withEdit(stored: unknown, edit: unknown): unknown {
  if (!isPlainObject(stored) || !isPlainObject(edit)) return edit;
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(edit)) {
    if (value !== undefined) merged[key] = key in stored ? withEdit(stored[key], value) : value;
  }
  return merged;
}

/** The fields of `record` that `schema` describes (ids, versions and other bookkeeping left out). */
export function schemaFields<S extends z.ZodObject>(schema: S, record: object): Record<string, unknown> {
  const fields = record as Record<string, unknown>;
  return Object.fromEntries(Object.keys(schema.shape).flatMap((key) => (key in fields ? [[key, fields[key]]] : [])));
}
