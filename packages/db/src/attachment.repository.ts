// Files attached to contacts (scanned letters, faxes, photos): stored in the database with the case,
// so a backup or a case file carries them. Only their checked type and cleaned name are stored.
import type { Db } from './db.js';

export interface AttachmentInfo {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

export interface AttachmentFile {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

/** Attached files per INSERT: up to 20 × 5 MB keeps each statement reasonable. */
const FILES_PER_INSERT = 20;

export async function insertAttachment(db: Db, contactId: string, file: AttachmentFile): Promise<AttachmentInfo> {
  const row = await db
    .insertInto('attachments')
    .values({
      contact_id: contactId,
      file_name: file.fileName,
      content_type: file.contentType,
      size: file.content.byteLength,
      content: file.content,
    })
    .returning(['id', 'file_name', 'content_type', 'size'])
    .executeTakeFirstOrThrow();
  return { id: row.id, fileName: row.file_name, contentType: row.content_type, size: row.size };
}

/** Many files at once (a case file), a few per INSERT. */
export async function insertAttachments(db: Db, files: readonly (AttachmentFile & { contactId: string })[]): Promise<void> {
  for (let start = 0; start < files.length; start += FILES_PER_INSERT)
    await db
      .insertInto('attachments')
      .values(
        files.slice(start, start + FILES_PER_INSERT).map((f) => ({
          contact_id: f.contactId,
          file_name: f.fileName,
          content_type: f.contentType,
          size: f.content.byteLength,
          content: f.content,
        })),
      )
      .execute();
}

/** A file with its contents and the creditor whose contact it belongs to (for the access check). */
export async function getAttachment(db: Db, id: string) {
  const row = await db
    .selectFrom('attachments')
    .innerJoin('contacts', 'contacts.id', 'attachments.contact_id')
    .select([
      'attachments.id',
      'attachments.file_name',
      'attachments.content_type',
      'attachments.content',
      'contacts.creditor_id',
      'contacts.office_only',
    ])
    .where('attachments.id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      fileName: row.file_name,
      contentType: row.content_type,
      content: row.content,
      creditorId: row.creditor_id,
      /** The contact it hangs on is the office's own (kept from the debtor). */
      officeOnly: row.office_only,
    }
  );
}

export async function deleteAttachment(db: Db, id: string): Promise<void> {
  await db.deleteFrom('attachments').where('id', '=', id).execute();
}

/** The attached files of the given contacts with their contents (for the case file), oldest first. */
export async function listAttachmentContents(db: Db, contactIds: readonly string[]): Promise<Map<string, AttachmentFile[]>> {
  const result = new Map<string, AttachmentFile[]>();
  if (contactIds.length === 0) return result;
  const rows = await db
    .selectFrom('attachments')
    .select(['contact_id', 'file_name', 'content_type', 'content'])
    .where('contact_id', 'in', contactIds)
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const list = result.get(row.contact_id) ?? [];
    list.push({ fileName: row.file_name, contentType: row.content_type, content: row.content });
    result.set(row.contact_id, list);
  }
  return result;
}
