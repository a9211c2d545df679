// Which creditors a per-creditor document is for: the one asked for, or every creditor of the case
// (a bundle, one section each).
import type { CaseContent } from '@wakai/core';
import type { CaseCreditor } from '../case-figures.js';
import { DocumentUnavailableError } from '../document-errors.js';

export function selectedCreditors(content: CaseContent, document: string, creditor?: number): { creditor: CaseCreditor; index: number }[] {
  if (creditor !== undefined) {
    const chosen = content.creditors[creditor];
    if (!chosen) throw new DocumentUnavailableError(document, `債権者(${creditor + 1}番目)が見つかりません`);
    return [{ creditor: chosen, index: creditor }];
  }
  if (content.creditors.length === 0) throw new DocumentUnavailableError(document, '債権者が登録されていません');
  return content.creditors.map((c, index) => ({ creditor: c, index }));
}

/** One creditor only: documents that are about one creditor's debt (計算書, 和解提案書, 和解契約書…). */
export function oneCreditor(content: CaseContent, document: string, creditor?: number): { creditor: CaseCreditor; index: number } {
  if (creditor === undefined) throw new DocumentUnavailableError(document, '債権者を選んでください');
  const [chosen] = selectedCreditors(content, document, creditor);
  return chosen as { creditor: CaseCreditor; index: number };
}

/** A file-name part for a creditor or the bundle. */
export function creditorFilePart(selection: readonly { creditor: CaseCreditor }[]): string {
  return selection.length === 1 ? (selection[0]?.creditor.name ?? '') : '全債権者';
}
