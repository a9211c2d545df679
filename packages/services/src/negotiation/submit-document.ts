// A document the debtor (or the office for them) hands in for a creditor — a demand letter, a
// statement: recorded as a contact of that creditor with the file attached, so the office sees it in
// the creditor's log and it travels with the case file.
import { insertAttachment, insertContact, touchCase, type User } from '@wakai/db';
import { creditorOf } from '../access.js';
import { AppError } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import type { ServiceContext } from '../context.js';
import { attachmentName, inspectAttachment } from './attachment-check.js';

const japanMinute = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export async function submitDocument(
  ctx: ServiceContext,
  {
    user,
    creditorId,
    name,
    declaredType,
    content,
  }: { user: User; creditorId: string; name: string; declaredType: string; content: Uint8Array },
) {
  const creditor = await creditorOf(ctx.db, user, creditorId, 'debtor');
  const inspected = await inspectAttachment(attachmentName(name), declaredType, content);
  if (!inspected.ok) throw new AppError(inspected.problem.tooLarge ? 'tooLarge' : 'validation', inspected.problem.ja);
  const { fileName } = inspected;
  return ctx.db.transaction().execute(async (trx) => {
    const contact = await insertContact(trx, creditor.id, {
      at: japanMinute.format(ctx.now()).replace(' ', 'T'),
      channel: 'upload',
      direction: 'incoming',
      person: user.displayName.slice(0, 100),
      summary: `${user.role === 'debtor' ? 'ご本人' : user.displayName}が書類を提出しました: ${fileName}`,
      promises: '',
      nextAction: '',
      nextActionDue: null,
      nextActionDone: false,
      demand: 'none',
      collectionAfterNotice: false,
      officeOnly: false,
    });
    const file = await insertAttachment(trx, contact.id, { fileName, contentType: inspected.contentType, content });
    await logChange(trx, ctx, user, {
      caseId: creditor.caseId,
      action: 'create',
      kind: 'attachment',
      id: file.id,
      label: fileName,
      changes: [{ field: 'size', to: content.length }],
    });
    await touchCase(trx, creditor.caseId);
    return { contactId: contact.id, ...file };
  });
}
