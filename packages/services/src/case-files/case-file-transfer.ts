// A case leaves as a case file (wakai export, the web's download) and comes in from one: the file is
// checked whole (every field, and every attached file as an upload is) before anything is stored.
import { type CaseContent, caseContentSchema, caseFile, caseFileSchema, demoCase } from '@wakai/core';
import { listCasesPage, type StoredCase, type User } from '@wakai/db';
import { caseOf, requireOwnerRole } from '../access.js';
import { AppError, checked, notFound } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import { caseLabel } from '../cases/case-records.js';
import type { ServiceContext } from '../context.js';
import { checkCaseFileAttachments } from '../negotiation/attachment-check.js';
import { insertCaseContent, readCaseContent } from './case-file-store.js';

export async function exportCaseFile(ctx: ServiceContext, { user, caseId }: { user: User; caseId: string }) {
  const stored = await caseOf(ctx.db, user, caseId);
  const content = await readCaseContent(ctx.db, stored.id);
  if (!content) throw notFound();
  return {
    file: caseFile(checked(caseContentSchema, content), ctx.now().toISOString()),
    fileName: `${stored.title || stored.debtor.name}.wakai.json`,
  };
}

/** A case file's content with its attached files checked; refused whole, each bad file named. */
export async function checkedCaseFile(json: unknown): Promise<CaseContent> {
  const file = checked(caseFileSchema, json);
  const attachments = await checkCaseFileAttachments(file.case);
  if (!attachments.ok)
    throw new AppError('validation', `添付ファイルに誤りがあるため、取り込んでいません: ${attachments.problems[0]?.ja}`, {
      fields: attachments.problems.map((problem) => ({ path: problem.path, message: problem.ja })),
      problems: attachments.problems.map((problem) => ({ path: problem.path, ja: problem.ja, en: problem.en })),
    });
  return attachments.content;
}

/** A case file stored as a new case of the user's, in one transaction. */
export async function importCaseFile(ctx: ServiceContext, { user, json }: { user: User; json: unknown }): Promise<StoredCase> {
  requireOwnerRole(user);
  const content = await checkedCaseFile(json);
  return insertCaseContent(ctx.db, user.id, content, (trx, stored) =>
    logChange(trx, ctx, user, {
      caseId: stored.id,
      action: 'import',
      kind: 'case',
      id: stored.id,
      label: caseLabel(stored),
      changes: contentCounts(content),
    }),
  );
}

/** The demo case, on the first start of an embedded install (none stored yet); true when added. */
export async function addDemoCaseIfEmpty(ctx: ServiceContext, owner: User): Promise<boolean> {
  if ((await listCasesPage(ctx.db, owner.id, { limit: 1 })).total > 0) return false;
  await insertCaseContent(ctx.db, owner.id, demoCase(ctx.today()), (trx, stored) =>
    logChange(trx, ctx, owner, { caseId: stored.id, action: 'import', kind: 'case', id: stored.id, label: caseLabel(stored) }),
  );
  return true;
}

/** What a case file brought, counted (the log names the case, not its whole content). */
function contentCounts(content: CaseContent) {
  const contracts = content.creditors.flatMap((c) => c.contracts);
  return [
    { field: 'creditors', to: content.creditors.length },
    { field: 'contracts', to: contracts.length },
    { field: 'transactions', to: contracts.reduce((sum, k) => sum + k.transactions.length, 0) },
  ];
}
