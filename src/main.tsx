// Entry point: points MapLibre at its bundled worker (no CDN) and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './map/worker';
import { App } from './App';
import './styles.css';
import { afterMapIdle } from './pwa/afterMapIdle';
import { startLanguage } from './ui/language';

// The single-file build answers the app's data requests from the page itself (no server on file://).
if (import.meta.env.VITE_SINGLE) await import('./single/boot');

// The reader's language (the address's, or the last visit's) is loaded before the first render, so
// the page never shows English first and then changes; English loads nothing.
const notices = await startLanguage();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App notices={notices} />
    </StrictMode>,
  );
}

// Offline support registers only after the app announces its first map idle (`atlas:map-idle`), as
// its own chunk: the first load is unchanged.
if (import.meta.env.PROD && !import.meta.env.VITE_SINGLE) afterMapIdle(() => void import('./pwa/register'));
