// Registers the service worker that keeps the atlas working offline after one visit. Loaded
// lazily after the app's first map idle (`atlas:map-idle`, see main.tsx), so it never delays or
// enlarges the first load.
import { Workbox } from 'workbox-window';
import { updates } from './updates';
import { canRegister, serviceWorkerUrl } from './where';

export async function register(): Promise<void> {
  if (!canRegister(window)) return;
  const wb = new Workbox(serviceWorkerUrl(document.baseURI));
  // A new version installs in the background and waits; the user decides when to switch, so a
  // talk in progress is never reloaded under the speaker.
  wb.addEventListener('waiting', () => {
    updates.offer(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  try {
    await wb.register();
  } catch {
    // Storage partitioned or blocked (some embeds, private windows): the atlas still works online.
  }
}

void register();
