// The static build's service worker: after the first visit, the whole app (its pages, the API's
// worker, PGlite's wasm and data, the document code) comes from this cache, with or without a
// network. A new version installs beside the running one and waits: the page announces it and the
// person chooses when to switch (never in the middle of an edit). The build fills in the three names.
const VERSION = __WAKAI_VERSION__;
/** The app: cached before this version takes over. */
const FILES = __WAKAI_FILES__;
/** The documents' fonts: cached once this version is running, so that the first visit is not kept waiting for them. */
const LATER = __WAKAI_LATER__;
// The names are relative to this file, the site's root: the site works at a domain's root or under a sub-path.
const LATER_URLS = LATER.map((name) => new URL(name, self.location.href).href);
const CACHE = `wakai-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('wakai-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
      .then(() => caches.open(CACHE))
      .then((cache) => Promise.all(LATER.map((path) => cache.match(path).then((hit) => hit ?? cache.add(path)))))
      .catch(() => {}),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'update-now') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every page of the app is index.html (the router reads the address); only pages within this scope come here.
  const key = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key, { ignoreSearch: request.mode === 'navigate' }).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            // A font asked for before the background copy reached it is kept as it passes.
            if (response.ok && LATER_URLS.includes(new URL(request.url).href.split('?')[0])) void cache.put(request, response.clone());
            return response;
          }),
      ),
    ),
  );
});
