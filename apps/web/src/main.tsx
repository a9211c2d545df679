// The page's entry, kept small: the styles (which the saved view drawn by offline/saved-page.js
// needs too), the in-browser API's start, then the app itself (render-app.tsx), imported once the
// saved view is on screen: evaluating the app's code takes most of a second on a slow phone, and a
// paint cannot happen while it runs.
import { databaseStatus, onDatabaseStatus } from './local-api/database-status.js';
import { registerServiceWorker } from './offline/app-updates.js';
import './styles.css';

/** The static build (its API in this browser) works offline through a service worker. */
const offline = import.meta.env.MODE === 'static';

// Its API's database takes longest to open: started first, while React renders (the page never
// waits for it). The service worker, which downloads the whole app again to keep it, is registered
// once the database has opened, so that the two do not compete on a first visit.
if (offline) {
  void import('./local-api/worker-client.js').then(({ startApiWorker }) => startApiWorker());
  const stop = onDatabaseStatus(() => {
    if (databaseStatus().state === 'opening') return;
    stop();
    void registerServiceWorker().catch(() => {});
  });
}

/** Resolves after the next frame has been drawn; at once when there is nothing to show first or no frame will come (a hidden tab). */
function savedViewDrawn(): Promise<void> {
  const root = document.getElementById('root');
  if (!root?.firstChild || document.visibilityState === 'hidden') return Promise.resolve();
  // requestAnimationFrame runs just before the frame is drawn; a task queued from it, just after.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

void savedViewDrawn().then(() => import('./render-app.js'));
