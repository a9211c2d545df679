// What a request brings: its JSON body (the use case checks it against its schema after the access
// check, so a stranger learns nothing from it), and how a download is named.
import { AppError } from '@wakai/services';
import type { Context } from 'hono';

export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new AppError('validation', '送信された内容を JSON として読めません');
  }
}

/** `Content-Disposition` for a download whose name may be Japanese (RFC 5987 filename*, with an ASCII fallback). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
