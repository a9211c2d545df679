// GET answers kept in this tab's memory with their ETag, asked again with If-None-Match: an unchanged
// answer comes back as 304 without a body. Never stored by the browser (the API says no-store: the
// answers hold debtors' data), only here until the tab closes.
import { ApiError } from './api.js';
import { apiFetch } from './transport.js';

const kept = new Map<string, { tag: string; answer: unknown }>();
/** Answers kept at most (a long day of paging must not grow without end). */
const MAX_KEPT = 100;

export async function revalidatedGet<T>(path: string): Promise<T> {
  const before = kept.get(path);
  let response: Response;
  try {
    response = await apiFetch(path, { headers: before ? { 'if-none-match': before.tag } : {} });
  } catch {
    throw new ApiError(0, 'サーバーに接続できません。Wakai が起動しているか確認してください');
  }
  if (response.status === 304 && before) return before.answer as T;
  if (!response.ok) {
    const error = ((await response.json().catch(() => ({}))) as { error?: { message?: string } }).error;
    throw new ApiError(response.status, error?.message ?? `エラー (${response.status})`);
  }
  const answer = (await response.json()) as T;
  const tag = response.headers.get('etag');
  kept.delete(path);
  if (tag) kept.set(path, { tag, answer });
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
  return answer;
}
