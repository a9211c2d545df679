// An edit as it arrives (a JSON body): the fields it changes and the version it was made against.
// The use case merges it over the stored record (withEdit) and checks the whole against the schema.
import { z } from 'zod';
import { AppError, checked } from './app-error.js';

export interface Edit<V = number> {
  fields: Record<string, unknown>;
  version: V;
}

/** The version an edit was made against (optimistic concurrency): required on every edit. */
export const versionSchema = z
  .number({ error: '版番号(version)が必要です。画面を読み込み直してから、もう一度保存してください' })
  .int({ error: '版番号(version)が正しくありません' });

/** A body as an edit: an object of fields with its version (null allowed where a record is saved the first time). */
export function editOf(body: unknown, { firstSave = false } = {}): Edit<number | null> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new AppError('validation', '送信された内容が正しくありません(項目と値の組で送ってください)');
  const { version, ...fields } = body as Record<string, unknown>;
  const schema = z.object({ version: firstSave ? versionSchema.nullable() : versionSchema });
  return { fields, version: checked(schema, { version }).version };
}

/** An edit of a record that always exists (its version is a number). */
export function editAt(body: unknown): Edit {
  return editOf(body) as Edit;
}
