// The app itself, rendered into #root (main.tsx imports it once a saved view, if any, is on screen).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { App } from './App.js';
import { DeviceShell } from './local-api/DeviceShell.js';
import { UpdateNotice } from './offline/UpdateNotice.js';

/** The static build (its API in this browser): started by main.tsx, which imports this once the saved view is drawn. */
const offline = import.meta.env.MODE === 'static';

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
