import { pwaState } from './pwa-state.ts';
import './offline.css';

/** Tells the reader when the network is gone, and that reading goes on. Always mounted, so it is announced. */
export function OfflineIndicator() {
  const { offline } = pwaState.use();
  return (
    <div role="status" className={offline ? 'offline-banner' : 'visually-hidden'}>
      {offline ? "You're offline. Every article and glossary entry is still here to read." : ''}
    </div>
  );
}
