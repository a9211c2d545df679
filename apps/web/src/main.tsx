import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { registerServiceWorker } from './offline/app-updates.js';
import { UpdateNotice } from './offline/UpdateNotice.js';
import './styles.css';

/** The static build (its API in this browser) works offline through a service worker. */
const offline = import.meta.env.MODE === 'static';

// Its API's database takes longest to open: started first, while React renders.
if (offline) void import('./local-api/worker-client.js').then(({ startApiWorker }) => startApiWorker());

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
    {offline && <UpdateNotice />}
  </StrictMode>,
);

if (offline) window.addEventListener('load', () => void registerServiceWorker().catch(() => {}));
