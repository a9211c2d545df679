// An answer already serialised (a stored negotiation board): sent as it is, without parsing and
// writing it again, yet typed for the web's client (`hc<ApiRoutes>`) exactly as `c.json(T)` is.
import type { JsonText } from '@wakai/services';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

type JsonAnswer<T> = Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

export function jsonText<T>(c: Context, text: JsonText<T>): JsonAnswer<T> {
  // The text was written by JSON.stringify from a `T` (JsonText's contract): what c.json would send.
  return c.body(text, 200, { 'Content-Type': 'application/json' }) as unknown as JsonAnswer<T>;
}
