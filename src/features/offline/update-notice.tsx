import { useState } from 'react';
import { pwaState } from './pwa-state.ts';
import './offline.css';

/** A quiet prompt when a new version is deployed; the reader chooses when to reload. */
export function UpdateNotice() {
  const { updateReady, applyUpdate } = pwaState.use();
  const [dismissed, setDismissed] = useState(false);
  const [reloading, setReloading] = useState(false);
  if (!updateReady || dismissed || !applyUpdate) return null;
  return (
    <div className="toast" role="alert">
      <p className="toast__text">New version available</p>
      <button
        type="button"
        className="button button--primary"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void applyUpdate();
        }}
      >
        Reload
      </button>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        Later
      </button>
    </div>
  );
}
