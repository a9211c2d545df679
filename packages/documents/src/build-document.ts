// One entry from a kind to its document model (pure: no renderer is loaded here).

import { documentPositions } from './case-figures.js';
import type { DocumentInput } from './document-input.js';
import { type DocumentKind, documentCatalog } from './document-kinds.js';
import type { DocumentModel } from './document-model.js';
import { engagementNotice } from './letters/engagement-notice.js';
import { historyRequest } from './letters/history-request.js';
import { limitationNotice } from './letters/limitation-notice.js';
import { offerLetter } from './letters/offer-letter.js';
import { overpaymentClaim } from './letters/overpayment-claim.js';
import { performanceDemand } from './letters/performance-demand.js';
import { settlementAgreement } from './letters/settlement-agreement.js';
import { positionAt, refuseOverScrivenerLimit } from './position-guards.js';
import { negotiationReport } from './reports/negotiation-report.js';
import { preparationSheetDocument } from './reports/preparation-sheet.js';
import { assetList } from './sheets/asset-list.js';
import { creditorList } from './sheets/creditor-list.js';
import { householdBudget } from './sheets/household-budget.js';
import { recalcStatement } from './sheets/recalc-statement.js';

const builders: Record<DocumentKind, (input: DocumentInput) => DocumentModel> = {
  'engagement-notice': engagementNotice,
  'history-request': historyRequest,
  'recalc-statement': recalcStatement,
  'offer-letter': offerLetter,
  'settlement-agreement': settlementAgreement,
  'overpayment-claim': overpaymentClaim,
  'limitation-notice': limitationNotice,
  'performance-demand': performanceDemand,
  'creditor-list': creditorList,
  'household-budget': householdBudget,
  'asset-list': assetList,
  'negotiation-report': negotiationReport,
  'preparation-sheet': preparationSheetDocument,
};

/**
 * The document's content for this case. Throws MissingDataError (every missing field named in
 * Japanese), DocumentUnavailableError (nothing to say: no overpayment, no accepted offer) or
 * CertifiedMailTooLongError (the 内容証明 does not fit its sheets).
 */
export function buildDocument(kind: DocumentKind, input: DocumentInput): DocumentModel {
  if (scrivenerChecked.has(kind)) refuseForScrivener(kind, input);
  return builders[kind](input);
}

/** The per-creditor documents that read no position themselves; the letters check it where they read it. */
const scrivenerChecked = new Set<DocumentKind>(['recalc-statement', 'negotiation-report', 'preparation-sheet', 'performance-demand']);

/** A 認定司法書士 makes no document for a creditor over the 140万 limit (司法書士法3条1項7号). */
function refuseForScrivener(kind: DocumentKind, input: DocumentInput): void {
  if (input.letterhead?.kind !== 'office' || input.letterhead.profession !== 'scrivener') return;
  const positions = documentPositions(input);
  const chosen = input.options?.creditor;
  const title = documentCatalog[kind].label;
  for (const index of chosen === undefined ? positions.keys() : [chosen])
    refuseOverScrivenerLimit(title, positionAt(positions, index, title));
}
