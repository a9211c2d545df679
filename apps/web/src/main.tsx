import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { App } from './App.js';
import { DeviceShell } from './local-api/DeviceShell.js';
import { databaseStatus, onDatabaseStatus } from './local-api/database-status.js';
import { registerServiceWorker } from './offline/app-updates.js';
import { UpdateNotice } from './offline/UpdateNotice.js';
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

/** Where the static build is served (a domain's root or a sub-path, found in index.html): the router's paths are below it. */
const siteRoot = offline ? new URL(document.baseURI).pathname.replace(/\/$/, '') : '';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    {offline ? (
      <Router base={siteRoot}>
        <DeviceShell>
          <App />
        </DeviceShell>
      </Router>
    ) : (
      <App />
    )}
    {offline && <UpdateNotice />}
  </StrictMode>,
);
