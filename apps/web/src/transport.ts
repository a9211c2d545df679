// Where the page's /api requests go, chosen when the app is built: to the Wakai server (fetch), or
// in the static build (vite --mode static) to the API running inside this browser (local-api/).
export function apiFetch(path: string, init?: RequestInit): Promise<Response> {
  if (import.meta.env.MODE === 'static') return import('./local-api/worker-client.js').then(({ workerFetch }) => workerFetch(path, init));
  return fetch(`/api${path}`, init);
}
