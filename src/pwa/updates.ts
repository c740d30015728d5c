// Whether a new version of the atlas is waiting, shared between the lazily loaded service-worker
// registration and the notice the app shows. Kept apart from the registration so the notice can
// sit in the first load without pulling in workbox-window.

type Listener = () => void;

export interface UpdateStore {
  /** Called by the registration when a new version has been fetched and is waiting. */
  offer: (apply: () => void) => void;
  /** True once a new version is waiting. */
  ready: () => boolean;
  /** Switches to the waiting version (the page reloads once it takes control). */
  apply: () => void;
  /** Hides the notice for this visit; the new version still takes over on the next one. */
  dismiss: () => void;
  subscribe: (listener: Listener) => () => void;
}

export function createUpdateStore(): UpdateStore {
  let pending: (() => void) | null = null;
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());
  return {
    offer: (apply) => {
      pending = apply;
      emit();
    },
    ready: () => pending !== null,
    apply: () => {
      const run = pending;
      pending = null;
      emit();
      run?.();
    },
    dismiss: () => {
      pending = null;
      emit();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const updates: UpdateStore = createUpdateStore();
