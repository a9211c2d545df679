// Which of our columns each of a creditor's columns is taken as, when the user corrects what the
// header words gave, sent with the import's preview and commit in the query (the types are
// history-table.ts's, which reads by them; the check is column-mapping-schema.ts's).
import type { ColumnMapping } from './history-table.js';

/** The query's form of a mapping (the inverse of columnMappingSchema). */
export function columnMappingText(mapping: ColumnMapping): string {
  return mapping.map((field) => field ?? '').join(',');
}
