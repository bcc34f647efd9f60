import { createContext, startTransition, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { isHydrating } from './hydration.ts';

/**
 * True inside content that hydrates after the rest of the page (`HydrateOnApproach`): whatever
 * renders there first is adopting server HTML, even once the page's first pass is over.
 */
export const HydratingLaterContext = createContext(false);

const subscribe = () => () => {};
const onServer = () => false;

/**
 * False while prerendering and during hydration, true after: state the server cannot know
 * (the URL query, stored reading data) is applied only once it is safe to differ from the HTML.
 * A component that mounts after hydration (a client-side navigation) is true at once. One that
 * hydrates turns true in a transition after its commit, so the page's switch to what only the
 * browser knows renders in short slices rather than in one long task right after hydration.
 */
export function useHydrated(): boolean {
  const hydratingLater = useContext(HydratingLaterContext);
  // Prerendering and hydrating read the server's value. Read in the browser, it stays false until
  // the first pass is over (Layout's effect ends it, after every effect below it), so React never
  // sees it change and never forces the synchronous re-render a store change would.
  const inBrowser = useSyncExternalStore(subscribe, () => !isHydrating() && !hydratingLater, onServer);
  const [hydrated, setHydrated] = useState(inBrowser);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
