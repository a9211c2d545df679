import { fieldProblems, schemaFields, withEdit } from '@wakai/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from './app-error.js';

/** The version an edit was made against (optimistic concurrency): required on every edit. */
export const versionSchema = z
  .number({ error: '版番号(version)が必要です。画面を読み込み直してから、もう一度保存してください' })
  .int({ error: '版番号(version)が正しくありません' });

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new AppError('validation', '送信された内容を JSON として読めません');
  }
}

/** The JSON body checked against a core schema; errors name each field in Japanese. */
export async function jsonInput<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  return checked(schema, await jsonBody(c));
}

/**
 * An edit of a stored record: the fields the body gives over the stored ones (a field left out keeps
 * its stored value), checked whole against the schema, with the version the edit was made against.
 */
export async function editInput<S extends z.ZodObject, V extends z.ZodType = typeof versionSchema>(
  c: Context,
  schema: S,
  stored: object,
  version: V = versionSchema as unknown as V,
): Promise<{ input: z.infer<S>; version: z.infer<V>; given: string[] }> {
  const body = await jsonBody(c);
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new AppError('validation', '送信された内容が正しくありません(項目と値の組で送ってください)');
  const { version: sentVersion, ...edit } = body as Record<string, unknown>;
  const checkedVersion = (checked(z.object({ version }), { version: sentVersion }) as { version: z.infer<V> }).version;
  const input = checked(schema, withEdit(schemaFields(schema, stored), edit));
  return { input, version: checkedVersion, given: Object.keys(edit).filter((key) => key in schema.shape) };
}

export function checked<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const fields = fieldProblems(result.error);
    throw new AppError('validation', `入力に誤りがあります: ${fields[0]?.message ?? ''}`, { fields });
  }
  return result.data;
}
