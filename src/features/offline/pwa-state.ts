import { createExternalState } from '../../lib/external-state.ts';

/** What the app knows about its service worker and connection. */
export interface PwaState {
  /** False until the client knows; prerendered HTML assumes online. */
  offline: boolean;
  /** A new service worker is waiting: offer a reload. */
  updateReady: boolean;
  /** The service worker has precached everything: the library reads offline. */
  offlineReady: boolean;
  /** Applies the waiting update and reloads; set once a service worker is registered. */
  applyUpdate: (() => Promise<void>) | null;
}

export const pwaState = createExternalState<PwaState>({ offline: false, updateReady: false, offlineReady: false, applyUpdate: null });
