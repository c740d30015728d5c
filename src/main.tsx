// Entry point: points MapLibre at its bundled worker (no CDN) and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './map/worker';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
