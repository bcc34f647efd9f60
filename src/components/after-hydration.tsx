import { Suspense, type ReactNode } from 'react';
import { useHydrated } from '../lib/use-hydrated.ts';

/**
 * Renders lazily loaded, browser-only parts (install button, update prompt, storage summary)
 * once the page is hydrated: they are not in the prerendered HTML nor in any route's first load.
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return hydrated ? <Suspense fallback={null}>{children}</Suspense> : null;
}
