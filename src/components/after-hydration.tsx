import { startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useHydrated } from '../lib/use-hydrated.ts';
import { whenIdle } from '../lib/when-idle.ts';

/** The longest an idle-time extra waits for the browser to be idle, in ms. */
const IDLE_TIMEOUT = 2000;

/**
 * Renders lazily loaded, browser-only parts (install button, update prompt, storage summary)
 * once the page is hydrated: they are not in the prerendered HTML nor in any route's first load.
 * With `whenIdle`, they wait further, until the browser is idle after hydration (at most 2 s),
 * so loading and rendering them does not lengthen the page's start-up.
 */
export function AfterHydration({ children, whenIdle: waitForIdle = false }: { children: ReactNode; whenIdle?: boolean }) {
  const hydrated = useHydrated();
  const [idle, setIdle] = useState(!waitForIdle);
  useEffect(() => {
    if (!hydrated || idle) return;
    let live = true;
    void whenIdle(IDLE_TIMEOUT).then(() => {
      if (live) startTransition(() => setIdle(true));
    });
    return () => {
      live = false;
    };
  }, [hydrated, idle]);
  return hydrated && idle ? <Suspense fallback={null}>{children}</Suspense> : null;
}
