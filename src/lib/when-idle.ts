/** How long to wait, without `requestIdleCallback` (Safari), for a page's start-up work to pass. */
const NO_IDLE_CALLBACK_DELAY = 2000;

/**
 * Resolves once the browser reports the main thread idle: after hydration and the page's own work.
 * `timeout` caps the wait in ms (none by default). Without `requestIdleCallback`, after 2 s.
 */
export function whenIdle(timeout?: number): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), timeout === undefined ? undefined : { timeout });
    else setTimeout(resolve, Math.min(timeout ?? NO_IDLE_CALLBACK_DELAY, NO_IDLE_CALLBACK_DELAY));
  });
}
