// What a contact's attached file may be: the same checks for an upload and for every file in an
// imported case file (a file that passed neither would be served back to the office's browsers).
import type { CaseContent } from '@wakai/core';
import { fileTypeFromBuffer } from 'file-type';

/** Scanned letters, faxes and photos of them: what a creditor's correspondence comes as. */
export const attachmentTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'image/heic', 'image/gif'];
export const MAX_ATTACHMENT = 5 * 1024 * 1024;

export interface AttachmentProblem {
  ja: string;
  en: string;
  tooLarge: boolean;
}

/** A file name to store and send back: no control characters (CR/LF would reach a header), at most 200 characters. */
export function attachmentName(name: string): string {
  return (
    name
      .replace(/\p{Cc}/gu, '')
      .trim()
      .slice(0, 200) || '添付ファイル'
  );
}

/** The extensions a stored type may be named with (the first is given to a name without one of them). */
const extensionsOf: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/tiff': ['tif', 'tiff'],
  'image/webp': ['webp'],
  'image/heic': ['heic'],
  'image/gif': ['gif'],
};

/**
 * The name ends with an extension of what the bytes are: a PDF that is also HTML (a polyglot) named
 * `.html` would open as a page from the downloads folder; `letter.html` becomes `letter.pdf`.
 */
export function nameForType(fileName: string, contentType: string): string {
  const extensions = extensionsOf[contentType] ?? [];
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (extensions.includes(extension)) return fileName;
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${stem}.${extensions[0] ?? 'bin'}`;
}

/**
 * The type to store for this file (what its bytes are), or why it may not be attached, in Japanese
 * and English. Its type must be one we accept and the declared type must be what its bytes are
 * (an .exe named .pdf, HTML, or a type with a line break in it is refused).
 */
export async function inspectAttachment(
  fileName: string,
  declaredType: string,
  content: Uint8Array,
): Promise<{ ok: true; contentType: string; fileName: string } | { ok: false; problem: AttachmentProblem }> {
  const refused = (problem: AttachmentProblem) => ({ ok: false as const, problem });
  if (content.byteLength === 0) return refused({ ja: `ファイルが空です(${fileName})`, en: `"${fileName}" is empty`, tooLarge: false });
  if (content.byteLength > MAX_ATTACHMENT)
    return refused({
      ja: `添付できるのは1ファイル${MAX_ATTACHMENT / 1024 / 1024}MBまでです(${fileName})`,
      en: `"${fileName}" is larger than ${MAX_ATTACHMENT / 1024 / 1024} MB`,
      tooLarge: true,
    });
  const declared = declaredType.split(';')[0]?.trim().toLowerCase() ?? '';
  const detected = (await fileTypeFromBuffer(content))?.mime;
  if (!detected || !attachmentTypes.includes(detected))
    return refused({
      ja: `「${fileName}」は添付できません。PDFか画像(PNG・JPEG・TIFF・WebP・HEIC・GIF)にしてください`,
      en: `"${fileName}" is neither a PDF nor an image (PNG, JPEG, TIFF, WebP, HEIC, GIF)`,
      tooLarge: false,
    });
  if (declared !== detected)
    return refused({
      ja: `「${fileName}」の種類(${declared || '不明'})と中身(${detected})が一致しません`,
      en: `"${fileName}" is declared as ${JSON.stringify(declared)} but holds ${detected}`,
      tooLarge: false,
    });
  return { ok: true, contentType: detected, fileName: nameForType(fileName, detected) };
}

export type CheckedCaseFile =
  | { ok: true; content: CaseContent }
  | { ok: false; problems: (AttachmentProblem & { path: (string | number)[] })[] };

/**
 * Every attached file of a case file checked as an upload is. One bad file refuses the whole
 * import, each named by creditor, contact and file; a clean file comes back with the names
 * cleaned and the types as their bytes say.
 */
export async function checkCaseFileAttachments(content: CaseContent): Promise<CheckedCaseFile> {
  const problems: (AttachmentProblem & { path: (string | number)[] })[] = [];
  const creditors = await Promise.all(
    content.creditors.map(async (creditor, c) => ({
      ...creditor,
      negotiation: {
        ...creditor.negotiation,
        contacts: await Promise.all(
          creditor.negotiation.contacts.map(async (contact, k) => ({
            ...contact,
            attachments: await Promise.all(
              contact.attachments.map(async (file, a) => {
                const fileName = attachmentName(file.fileName);
                const bytes = Buffer.from(file.contentBase64, 'base64');
                const inspected = await inspectAttachment(fileName, file.contentType, bytes);
                if (inspected.ok) return { ...file, fileName: inspected.fileName, contentType: inspected.contentType };
                problems.push({
                  path: ['case', 'creditors', c, 'negotiation', 'contacts', k, 'attachments', a],
                  ja: `${creditor.name}・${contact.at.replace('T', ' ')}の連絡: ${inspected.problem.ja}`,
                  en: `${creditor.name}, contact of ${contact.at}: ${inspected.problem.en}`,
                  tooLarge: inspected.problem.tooLarge,
                });
                return file;
              }),
            ),
          })),
        ),
      },
    })),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content: { ...content, creditors } };
}
