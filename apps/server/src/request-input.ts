import { fieldProblems } from '@wakai/core';
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from './app-error.js';

/** The JSON body checked against a core schema; errors name each field in Japanese. */
export async function jsonInput<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError('validation', '送信された内容を JSON として読めません');
  }
  return checked(schema, body);
}

export function checked<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const fields = fieldProblems(result.error);
    throw new AppError('validation', `入力に誤りがあります: ${fields[0]?.message ?? ''}`, { fields });
  }
  return result.data;
}
