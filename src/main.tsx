// Entry point: points MapLibre at its bundled worker (no CDN) and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { App } from './App';
import './styles.css';

setWorkerUrl(workerUrl);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Offline support registers only after the first idle moment, as its own chunk: the first load is unchanged.
if (import.meta.env.PROD && !import.meta.env.VITE_SINGLE) (window.requestIdleCallback ?? setTimeout)(() => void import('./pwa/register'));
