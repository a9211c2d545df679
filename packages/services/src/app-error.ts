// One error for every use case: a code (the server maps it to an HTTP status, the CLI to an exit
// status), the user's message in Japanese, and the fields or problems at fault where there are any.
import { type FieldProblem, fieldProblems } from '@wakai/core';
import type { z } from 'zod';

export type AppErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'tooLarge'
  | 'importRejected'
  /** A document the case cannot make yet: what is missing is named field by field. */
  | 'incomplete'
  /** A step (or document) that acknowledges a debt that may be time-barred, without the confirmation that 援用 was explained. */
  | 'timeBarredUnconfirmed'
  /** A 時効援用通知 where a fact to count the period is missing, without the confirmation that it was checked. */
  | 'limitationFactsUnconfirmed'
  | 'tooManyRequests'
  | 'internal';

export interface AppErrorDetails {
  fields?: FieldProblem[];
  problems?: unknown[];
  /** An import's header as read (HeaderColumns), for correcting which column is which. */
  columns?: unknown;
  /** Seconds before trying again (also the Retry-After header). */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(`${code}: ${userMessage}`);
    this.name = 'AppError';
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

/** `value` checked against a core schema; a wrong one is refused with each field named in Japanese. */
export function checked<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const fields = fieldProblems(result.error);
    throw new AppError('validation', `入力に誤りがあります: ${fields[0]?.message ?? ''}`, { fields });
  }
  return result.data;
}
