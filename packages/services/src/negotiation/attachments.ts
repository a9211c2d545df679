// Files attached to a contact: checked (type sniffed from the bytes, size) before they are stored,
// served back with the type they were stored under.
import { deleteAttachment, insertAttachment, touchCase, type User } from '@wakai/db';
import { attachmentOf, creditorOfRecord } from '../access.js';
import { AppError } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import type { ServiceContext } from '../context.js';
import { moveToTrash } from '../trash/trash.js';
import { attachmentName, attachmentTypes, inspectAttachment, nameForType } from './attachment-check.js';

export async function attachFile(
  ctx: ServiceContext,
  {
    user,
    contactId,
    name,
    declaredType,
    content,
  }: { user: User; contactId: string; name: string; declaredType: string; content: Uint8Array },
) {
  const creditor = await creditorOfRecord(ctx.db, user, 'contacts', contactId);
  const fileName = attachmentName(name);
  const inspected = await inspectAttachment(fileName, declaredType, content);
  if (!inspected.ok) throw new AppError(inspected.problem.tooLarge ? 'tooLarge' : 'validation', inspected.problem.ja);
  return ctx.db.transaction().execute(async (trx) => {
    const stored = await insertAttachment(trx, contactId, { fileName: inspected.fileName, contentType: inspected.contentType, content });
    const changes = [{ field: 'size', to: content.length }];
    await logChange(trx, ctx, user, {
      caseId: creditor.caseId,
      action: 'create',
      kind: 'attachment',
      id: stored.id,
      label: inspected.fileName,
      changes,
    });
    await touchCase(trx, creditor.caseId);
    return stored;
  });
}

/** The file to send back; a type stored before imports were checked may be anything: sent as bytes then. */
export async function attachmentFile(ctx: ServiceContext, { user, attachmentId }: { user: User; attachmentId: string }) {
  const { file } = await attachmentOf(ctx.db, user, attachmentId, 'debtor');
  const contentType = attachmentTypes.includes(file.contentType) ? file.contentType : 'application/octet-stream';
  return {
    // A name stored before names were made to match their type is matched as it goes out.
    fileName: nameForType(file.fileName, contentType),
    contentType,
    content: new Uint8Array(file.content),
  };
}

export async function removeAttachment(ctx: ServiceContext, { user, attachmentId }: { user: User; attachmentId: string }) {
  const { file, creditor } = await attachmentOf(ctx.db, user, attachmentId);
  await ctx.db.transaction().execute(async (trx) => {
    await moveToTrash(trx, ctx, user, { caseId: creditor.caseId, kind: 'attachment', id: file.id, label: file.fileName });
    await deleteAttachment(trx, file.id);
    await touchCase(trx, creditor.caseId);
  });
  return { deleted: file.id };
}
