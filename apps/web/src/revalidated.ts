// GET answers kept in this tab's memory with their ETag, asked again with If-None-Match: an unchanged
// answer comes back as 304 without a body. Never stored by the browser (the API says no-store: the
// answers hold debtors' data), only here until the tab closes.
import type { ClientResponse } from 'hono/client';
import { ApiError, type JsonOf } from './api.js';

const kept = new Map<string, { tag: string; answer: unknown }>();
/** Answers kept at most (a long day of paging must not grow without end). */
const MAX_KEPT = 100;

/**
 * The answer of a GET made with the typed client (`request` adds the headers given), kept under
 * `key` (what the request asks, e.g. its query): asked again, an unchanged answer is the kept one.
 */
export async function revalidated<R extends ClientResponse<unknown, number, string>>(
  key: string,
  request: (headers: Record<string, string>) => Promise<R>,
): Promise<JsonOf<R>> {
  const before = kept.get(key);
  let response: R;
  try {
    response = await request(before ? { 'if-none-match': before.tag } : {});
  } catch {
    throw new ApiError(0, 'サーバーに接続できません。Wakai が起動しているか確認してください');
  }
  if (response.status === 304 && before) return before.answer as JsonOf<R>;
  if (!response.ok) {
    const error = ((await response.json().catch(() => ({}))) as { error?: { message?: string } }).error;
    throw new ApiError(response.status, error?.message ?? `エラー (${response.status})`);
  }
  const answer = (await response.json()) as JsonOf<R>;
  const tag = response.headers.get('etag');
  kept.delete(key);
  if (tag) kept.set(key, { tag, answer });
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
  return answer;
}
