import { pwaState } from '../features/offline/pwa-state.ts';
import { runBeforeReload } from '../lib/before-reload.ts';

const HOUR = 60 * 60 * 1000;

/** Registers the Workbox service worker (production only) and wires its events into the app's state. */
export async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => pwaState.set({ updateReady: true }),
    onOfflineReady: () => pwaState.set({ offlineReady: true }),
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Look for a new deploy whenever the reader returns to the tab, and hourly while it stays open.
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      window.setInterval(check, HOUR);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
  pwaState.set({
    applyUpdate: async () => {
      await runBeforeReload();
      // Without the hash, an article reopens at the reader's saved position rather than the section first linked.
      if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      // workbox-window reloads by itself only for updates it found; one found by a later update()
      // check counts as "external" for it, so reload when the new worker takes control either way.
      let reloading = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (reloading) return;
        reloading = true;
        window.location.reload();
      });
      await updateSW(true);
    },
  });
}

/** Keeps `pwaState.offline` in step with the browser's connectivity. */
export function watchConnectivity(): void {
  const update = () => pwaState.set({ offline: !navigator.onLine });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}
