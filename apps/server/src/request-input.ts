// What a request brings: its JSON body (the use case checks it against its schema after the access
// check, so a stranger learns nothing from it) and its query, each declared with its type for the
// web app's typed client; and how a download is named.
import { AppError } from '@wakai/services';
import type { Context, Env, MiddlewareHandler } from 'hono';

/** A query as the URL carries it: every value a text. */
type Query = Record<string, string | undefined>;

/** A type carried as a value, so that the other type parameters of a middleware are left to infer. */
export interface Declared<T> {
  readonly type?: T;
}
export const declared = <T>(): Declared<T> => ({});

/**
 * The route's JSON body, read here (a body that is not JSON is refused in Japanese) and declared as
 * `T` for the typed client: `c.req.valid('json')`. `T` is the use case's own input type
 * (request-bodies.ts in @wakai/services); the use case checks the body against its schema.
 */
export function jsonInput<T, P extends string, E extends Env>(
  _body: Declared<T>,
): MiddlewareHandler<E, P, { in: { json: T }; out: { json: T } }> {
  return async (c, next) => {
    c.req.addValidatedData('json', (await jsonBody(c)) as object);
    await next();
  };
}

/** The route's query, declared as `T` for the typed client: `c.req.valid('query')` (the use case checks the values). */
export function queryInput<T extends Query, P extends string, E extends Env>(
  _query: Declared<T>,
): MiddlewareHandler<E, P, { in: { query: T }; out: { query: T } }> {
  return async (c, next) => {
    c.req.addValidatedData('query', c.req.query());
    await next();
  };
}

export async function jsonBody(c: Context): Promise<unknown> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError('validation', '送信された内容を JSON として読めません');
  }
  const broken = brokenTextAt(body, []);
  if (broken)
    throw new AppError('validation', `「${broken.join('.')}」に文字として読めないもの(対になっていないサロゲート)が含まれています`, {
      fields: [{ path: broken, message: '文字として読めないものが含まれています。入力し直してください' }],
    });
  return body;
}

/** With the u flag a well-formed pair is one code point: what is left in class Cs stands alone. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Where a text holds a lone surrogate (`\ud800`): JSON lets it through, UTF-8 and the database cannot store it. */
function brokenTextAt(value: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = brokenTextAt(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key)) return [...path, key];
    const found = brokenTextAt(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** `Content-Disposition` for a download whose name may be Japanese (RFC 5987 filename*, with an ASCII fallback). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
