// Entry point: points MapLibre at its bundled worker (no CDN) and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './map/worker';
import { App } from './App';
import './styles.css';
import { afterMapIdle } from './pwa/afterMapIdle';

// The single-file build answers the app's data requests from the page itself (no server on file://).
if (import.meta.env.VITE_SINGLE) await import('./single/boot');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Offline support registers only after the app announces its first map idle (`atlas:map-idle`), as
// its own chunk: the first load is unchanged.
if (import.meta.env.PROD && !import.meta.env.VITE_SINGLE) afterMapIdle(() => void import('./pwa/register'));
