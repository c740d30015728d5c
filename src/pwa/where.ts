// Where and whether the service worker can be registered; pure, so it is tested in node.

/** The worker lives beside index.html, so the atlas works under any sub-path. */
export function serviceWorkerUrl(base: string): string {
  return new URL('sw.js', base).href;
}

interface Place {
  isSecureContext: boolean;
  location: { protocol: string };
  navigator: object;
}

/** Service workers need a secure context and a real origin: never file:// (the single-file build). */
export function canRegister(win: Place): boolean {
  return win.isSecureContext && /^https?:$/.test(win.location.protocol) && 'serviceWorker' in win.navigator;
}
