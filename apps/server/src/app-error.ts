// One error type for the API: a code (which fixes the HTTP status), a log message in English and
// a message for the user in Japanese, with the fields at fault where there are any.
import type { FieldProblem } from '@wakai/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type AppErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'tooLarge'
  | 'importRejected'
  | 'tooManyRequests'
  | 'internal';

const statusOf: Record<AppErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  importRejected: 422,
  tooManyRequests: 429,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
    /** retryAfterSeconds also goes out as the Retry-After header. */
    readonly details: { fields?: FieldProblem[]; problems?: unknown[]; retryAfterSeconds?: number } = {},
  ) {
    super(`${code}: ${userMessage}`);
    this.name = 'AppError';
  }

  get status(): ContentfulStatusCode {
    return statusOf[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.userMessage, ...this.details } };
  }
}

export const notFound = () => new AppError('notFound', '見つかりません(削除されたか、閲覧する権限がありません)');
export const conflict = () =>
  new AppError('conflict', '他の画面または他の人がこの内容を先に変更しました。最新の内容を読み込み直してから、もう一度変更してください');
export const historyConflict = () =>
  new AppError(
    'conflict',
    '他の画面または他の人がこの取引履歴を先に保存しました。あなたの入力は画面に残しています。違いを確かめてから、もう一度保存してください',
  );
