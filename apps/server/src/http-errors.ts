// One table from a use case's error code to the HTTP status, and what the API answers for an error
// that is not one of ours (a refusal of the database's, or a bug: logged, never shown).
import { YenOverflowError } from '@wakai/core';
import { AppError, type AppErrorCode } from '@wakai/services';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const statusOf: Record<AppErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  importRejected: 422,
  incomplete: 422,
  timeBarredUnconfirmed: 422,
  limitationFactsUnconfirmed: 422,
  tooManyRequests: 429,
  internal: 500,
};

/** PostgreSQL's refusals of text it cannot store (NUL in text or in JSON): the input's fault, not ours. */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

export function errorResponse(error: Error, c: Context, log: (line: string) => void) {
  if (error instanceof AppError) {
    if (error.details.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.details.retryAfterSeconds));
    return c.json(error.toJSON(), statusOf[error.code]);
  }
  if (error instanceof YenOverflowError) return c.json(new AppError('validation', error.ja).toJSON(), 400);
  if (UNSTORABLE_TEXT.has((error as { code?: string }).code ?? ''))
    return c.json(new AppError('validation', '保存できない文字(NUL など)が含まれています。入力した内容を確かめてください').toJSON(), 400);
  log(`internal error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
  return c.json(new AppError('internal', 'サーバーで問題が起きました。入力した内容は保存されていない可能性があります').toJSON(), 500);
}
