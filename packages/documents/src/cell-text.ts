// A table cell as printed text (PDF, Word): yen with separators, an overpayment as ▲, dates in 和暦.
// Spreadsheets write the values themselves instead (xlsx/).
import { formatYen } from '@wakai/core/engine';
import type { Cell, ColumnKind } from './document-model.js';
import { warekiDate } from './japanese-dates.js';

export function cellText(cell: Cell, kind: ColumnKind): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return kind === 'date' && cell !== '' ? warekiDate(cell) : cell;
  if (kind === 'yen') return formatYen(cell);
  // 名古屋式: a negative 残元金 is the overpayment, marked ▲ rather than a minus sign.
  if (kind === 'signed-yen') return cell < 0 ? `▲${formatYen(-cell)}` : formatYen(cell);
  return String(cell);
}

export function isRightAligned(kind: ColumnKind): boolean {
  return kind === 'yen' || kind === 'signed-yen' || kind === 'count' || kind === 'rate';
}
