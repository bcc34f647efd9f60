import { useEffect, useState } from 'react';
import { persistence, readPersistence, requestPersistentStorage } from '../../lib/persistent-storage.ts';
import { pwaState } from './pwa-state.ts';
import './offline.css';

interface Summary {
  files: number;
  bytes: number | null;
}

/** Counts what the service worker precached and how much the site stores in all. */
async function summarize(): Promise<Summary | null> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller || !('caches' in window)) return null;
  const names = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
  let files = 0;
  for (const name of names) files += (await (await caches.open(name)).keys()).length;
  if (!files) return null;
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return { files, bytes: estimate?.usage ?? null };
}

const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** Footer line: is the library available offline, how much it stores, and whether storage is kept. */
export function OfflineSummary() {
  const { offlineReady } = pwaState.use();
  const { status } = persistence.use();
  const [summary, setSummary] = useState<Summary | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = () => void summarize().then((s) => live && setSummary(s));
    refresh();
    void readPersistence();
    navigator.serviceWorker?.addEventListener('controllerchange', refresh);
    return () => {
      live = false;
      navigator.serviceWorker?.removeEventListener('controllerchange', refresh);
    };
  }, [offlineReady]);

  return (
    <div className="offline-summary">
      <p data-testid="offline-availability">
        {summary
          ? `Available offline: ${summary.files} files${summary.bytes !== null ? `, ${formatBytes(summary.bytes)} stored on this device` : ''}.`
          : 'Offline reading is being prepared; it is ready after the first visit.'}
      </p>
      <p>
        {status === 'persistent' && 'Your bookmarks and reading progress are kept: the browser will not clear them to free space.'}
        {status === 'best-effort' && (
          <>
            The browser may clear stored data when space runs low.{' '}
            <button type="button" className="link-button" onClick={() => void requestPersistentStorage()}>
              Keep my data
            </button>
          </>
        )}
        {status === 'unsupported' && 'This browser does not say whether it keeps stored data.'}
      </p>
    </div>
  );
}
