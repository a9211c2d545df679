// A document fetched and handed to the browser as a download under its own (Japanese) name; an
// error comes back as the API's (the fields at fault named), never as a file.
import { ApiError } from './api.js';
import { apiFetch } from './transport.js';

/** The file name of an RFC 5987 Content-Disposition (filename*=UTF-8''…), else the plain one. */
export function dispositionName(header: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback;
}

export async function download(path: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await apiFetch(path);
  } catch {
    throw new ApiError(0, 'サーバーに接続できません。Wakai が起動しているか確認してください');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string; fields?: [] } };
    const error = body.error ?? {};
    throw new ApiError(response.status, error.message ?? `エラー (${response.status})`, error.fields ?? [], [], error.code ?? null);
  }
  const name = dispositionName(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
