// The mapping of a creditor's columns to ours as the import's query sends it, checked before any
// row is read (zod stays out of @wakai/core/engine, so this lives apart from column-mapping.ts).
import { z } from 'zod';
import type { HistoryField } from './history-table.js';

const historyFields = ['date', 'borrow', 'repay', 'rate', 'note', 'estimated'] as const satisfies readonly HistoryField[];

/** `date,borrow,,repay` (as sent in the query): an empty entry is a column not used; each field at most once. */
export const columnMappingSchema = z
  .string()
  .max(2_000)
  .transform((text) => text.split(',').map((entry) => (entry === '' ? null : entry)))
  .pipe(
    z
      .array(z.enum(historyFields, { error: '列の対応に使えない項目があります' }).nullable())
      .max(100)
      .refine((fields) => new Set(fields.filter((f) => f !== null)).size === fields.filter((f) => f !== null).length, {
        error: '同じ項目が二つの列に割り当てられています',
      })
      .refine((fields) => fields.includes('date') && (fields.includes('borrow') || fields.includes('repay')), {
        error: '列の対応には「年月日」と「借入」または「返済」が必要です',
      }),
  );
