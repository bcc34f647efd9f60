import { runBeforeReload } from './before-reload.ts';

const KEY = 'minutiae:chunk-reload-at';
/** A second failure within this window means reloading did not help: stop and show the error. */
const WINDOW_MS = 30_000;

/** True for the errors browsers throw when a lazily loaded module is gone (a tab left open across a deploy). */
export function isStaleChunkError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error ?? '');
  return /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(message);
}

/**
 * Reloads once to pick up the new build. Guarded through sessionStorage so a build that is
 * really broken cannot reload in a loop. Returns false when it will not reload.
 */
export function reloadForFreshChunks(storage: Pick<Storage, 'getItem' | 'setItem'> = window.sessionStorage, now = Date.now()): boolean {
  let last = 0;
  try {
    last = Number(storage.getItem(KEY) ?? 0);
  } catch {
    // Storage may be unavailable (privacy settings); a single reload attempt is still safe.
  }
  if (now - last < WINDOW_MS) return false;
  try {
    storage.setItem(KEY, String(now));
  } catch {
    return false;
  }
  void runBeforeReload().finally(() => window.location.reload());
  return true;
}
