// The second visit shows the case overview at once: the in-browser API's last answers for it (the
// case and its figures) are kept on this device and given to the page while the database opens.
// Only those two reads of a case the person opened are kept, each under its own address: a saved
// answer never stands in for another case's or another page's. Deleting the case or all the
// device's data deletes them.
const PREFIX = 'wakai-saved-view:';
const KEPT = /^\/cases\/([0-9a-f-]{36})(\/overview)?$/;
/** Bigger answers are not kept (localStorage holds a few MB per site). */
const LIMIT = 1_000_000;

interface SavedAnswer {
  savedAt: number;
  contentType: string;
  body: string;
}

function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** Keeps a GET answer of the overview, replacing the one before. */
export function keepAnswer(method: string, path: string, answer: { status: number; headers: [string, string][]; body: ArrayBuffer }) {
  if (method !== 'GET' || answer.status !== 200 || !KEPT.test(path) || answer.body.byteLength > LIMIT) return;
  const contentType = answer.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'application/json';
  const saved: SavedAnswer = { savedAt: Date.now(), contentType, body: new TextDecoder().decode(answer.body) };
  try {
    storage()?.setItem(PREFIX + path, JSON.stringify(saved));
  } catch {
    // No room: the next visit waits for the database, as it would without a saved view.
  }
}

/** The saved answer for this read, if there is one. */
export function savedAnswer(method: string, path: string): { savedAt: number; response: Response } | undefined {
  if (method !== 'GET' || !KEPT.test(path)) return undefined;
  const text = storage()?.getItem(PREFIX + path);
  if (!text) return undefined;
  const saved = JSON.parse(text) as SavedAnswer;
  return { savedAt: saved.savedAt, response: new Response(saved.body, { status: 200, headers: { 'content-type': saved.contentType } }) };
}

/**
 * Keeps the overview as drawn from the database, for the next visit's first paint before the app's
 * code has loaded (offline/saved-page.js reads it under this name).
 */
export function keepPage(path: string, html: string) {
  if (!KEPT.test(path) || path.endsWith('/overview') || html.length > LIMIT) return;
  try {
    storage()?.setItem(`${PREFIX}${path}#page`, JSON.stringify({ savedAt: Date.now(), html }));
  } catch {
    // No room: the next visit paints once the app has loaded.
  }
}

/** Forgets what is kept of one case (deleted), or of every case. */
export function forgetSavedViews(caseId?: string) {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i) ?? '');
  const gone = caseId === undefined ? PREFIX : `${PREFIX}/cases/${caseId}`;
  for (const key of keys) if (key.startsWith(gone)) store.removeItem(key);
}

/** The case a DELETE removes (/cases/:id), whose saved view must go with it. */
export const deletedCase = (method: string, path: string) => (method === 'DELETE' ? KEPT.exec(path.split('?')[0] ?? '')?.[1] : undefined);
