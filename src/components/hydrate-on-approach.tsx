import { Suspense, use, useEffect, useRef, useState, type FulfilledReactPromise, type PendingReactPromise, type ReactNode } from 'react';
import { isHydrating } from '../lib/hydration.ts';
import { HydratingLaterContext } from '../lib/use-hydrated.ts';

/** How far outside the viewport a part starts to hydrate: a screen's height above and below. */
const APPROACH_MARGIN = '100% 0px';

/** A promise React's `use` reads synchronously once fulfilled: it checks `status` first, as on its own thenables. */
type GatePromise = Promise<void> & { status: 'pending' | 'fulfilled'; value?: undefined };

interface Gate {
  promise: GatePromise;
  /** Renders of the gated content so far; only the first waits. */
  attempts: number;
  open(): void;
}

function createGate(): Gate {
  let resolve = () => {};
  const promise: GatePromise = Object.assign(
    new Promise<void>((done) => {
      resolve = done;
    }),
    { status: 'pending' as const },
  );
  return {
    promise,
    attempts: 0,
    open() {
      if (promise.status === 'fulfilled') return;
      promise.status = 'fulfilled';
      promise.value = undefined;
      resolve();
    },
  };
}

function Gated({ gate, children }: { gate: Gate | null; children: ReactNode }) {
  if (gate) {
    gate.attempts += 1;
    // Only hydration's first pass waits. React renders this again before the gate opens only
    // when it must hydrate now (the reader clicked inside, or something above changed), and then
    // waiting would make React drop the server's HTML for the (empty) fallback.
    if (gate.attempts > 1) gate.open();
    use(gate.promise as PendingReactPromise<void> | FulfilledReactPromise<void>);
  }
  return children;
}

/**
 * Prerendered content that hydrates when it nears the viewport. Until then React leaves the
 * server's HTML as it is (readable, linkable, searchable with find-in-page) and spends no time on
 * it, so a long article's first load hydrates only the screen the reader sees. Content mounted
 * after hydration (a client-side navigation) renders at once. `className` styles the wrapper the
 * viewport is watched through.
 */
export function HydrateOnApproach({ children, className }: { children: ReactNode; className?: string }) {
  const [gate] = useState(() => (isHydrating() ? createGate() : null));
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = wrapper.current;
    if (!gate || gate.promise.status === 'fulfilled' || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      gate.open();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        gate.open();
      },
      { rootMargin: APPROACH_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [gate]);
  return (
    <div ref={wrapper} className={className}>
      <Suspense fallback={null}>
        <HydratingLaterContext.Provider value={gate !== null}>
          <Gated gate={gate}>{children}</Gated>
        </HydratingLaterContext.Provider>
      </Suspense>
    </div>
  );
}
