// The static build's service worker, registered after the page has loaded, and the one thing it
// tells the page: a new version is installed and waiting. Switching is the person's choice
// (UpdateNotice), never made for them while they type.
type Listener = () => void;

let waiting: ServiceWorker | undefined;
const listeners = new Set<Listener>();

function announce(worker: ServiceWorker) {
  waiting = worker;
  for (const listener of listeners) listener();
}

export function onUpdateWaiting(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const updateWaiting = () => waiting !== undefined;

/** Switches to the waiting version and reloads the page once it has taken over. */
export function updateNow() {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting?.postMessage('update-now');
}

export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  // Beside index.html: its scope is the site's root, wherever the site is served.
  const registration = await navigator.serviceWorker.register(new URL('sw.js', document.baseURI));
  // A version installed while no page was open waits already; one found now is announced once it is installed.
  if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) announce(incoming);
    });
  });
}
