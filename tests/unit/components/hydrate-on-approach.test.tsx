import { act, render, screen } from '@testing-library/react';
import { createContext, useContext, useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HydrateOnApproach } from '../../../src/components/hydrate-on-approach.tsx';
import { beginHydration, endHydration } from '../../../src/lib/hydration.ts';
import { useHydrated } from '../../../src/lib/use-hydrated.ts';

/** A stand-in IntersectionObserver: the test says when an element comes near the viewport. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets.length = 0;
  }
  static approach(target: Element) {
    for (const observer of FakeObserver.all.filter((o) => o.targets.includes(target))) {
      observer.callback([{ target, isIntersecting: true } as unknown as IntersectionObserverEntry], observer as unknown as IntersectionObserver);
    }
  }
}

const Theme = createContext('light');

/** Renders of each part: a part React has not rendered is still the server's HTML. */
const renders = new Map<string, number>();

/** A part with a counter: its button only counts once the part is hydrated. */
function Part({ name }: { name: string }) {
  renders.set(name, (renders.get(name) ?? 0) + 1);
  const [count, setCount] = useState(0);
  const theme = useContext(Theme);
  return (
    <button type="button" data-theme={theme} onClick={() => setCount((c) => c + 1)}>
      {name} {count}
    </button>
  );
}

function Page({ theme = 'light' }: { theme?: string }) {
  return (
    <Theme.Provider value={theme}>
      {['first', 'second'].map((name) => (
        <HydrateOnApproach key={name} className="part">
          <Part name={name} />
        </HydrateOnApproach>
      ))}
    </Theme.Provider>
  );
}

/** What each `Known` rendered, in order: whether it knew it was in the browser. */
const seen: string[] = [];

/** Shows whether it may use what only the browser knows. */
function Known({ name }: { name: string }) {
  const hydrated = useHydrated();
  seen.push(`${name} ${hydrated ? 'browser' : 'server'}`);
  return <output aria-label={name}>{hydrated ? 'browser' : 'server'}</output>;
}

function KnownPage() {
  return (
    <>
      <Known name="outside" />
      {['near', 'far'].map((name) => (
        <HydrateOnApproach key={name} className="part">
          <Known name={name} />
        </HydrateOnApproach>
      ))}
    </>
  );
}

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const button = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name} `) });

describe('HydrateOnApproach', () => {
  let container: HTMLElement;
  let root: Root | undefined;

  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    container = document.createElement('div');
    container.innerHTML = renderToString(<Page />);
    renders.clear();
    document.body.append(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    container.remove();
    endHydration();
    vi.unstubAllGlobals();
  });

  const hydrate = async (page = <Page />) => {
    beginHydration();
    await act(async () => {
      root = hydrateRoot(container, page, { onRecoverableError: (error) => { throw error; } });
    });
    endHydration();
    await flush();
  };

  it('leaves the server HTML unrendered until the part nears the viewport', async () => {
    const serverButton = button('second');
    await hydrate();
    FakeObserver.approach(container.querySelectorAll('.part')[0] as Element);
    await flush();
    expect(renders.get('first')).toBeGreaterThan(0);
    expect(renders.get('second')).toBeUndefined();
    expect(button('second')).toBe(serverButton);

    await act(async () => FakeObserver.approach(container.querySelectorAll('.part')[1] as Element));
    await flush();
    expect(renders.get('second')).toBeGreaterThan(0);
    expect(button('second')).toBe(serverButton);
    await act(async () => button('second').click());
    expect(button('second')).toHaveTextContent('second 1');
  });

  it('hydrates a part the reader clicks before it nears the viewport, and the click counts', async () => {
    await hydrate();
    expect(renders.get('second')).toBeUndefined();
    await act(async () => button('second').click());
    await flush();
    expect(button('second')).toHaveTextContent('second 1');
  });

  it('hydrates at once when something above it changes, keeping the text on screen', async () => {
    await hydrate();
    await act(async () => root?.render(<Page theme="dark" />));
    await flush();
    expect(button('first')).toHaveAttribute('data-theme', 'dark');
    expect(button('second')).toHaveAttribute('data-theme', 'dark');
    await act(async () => button('second').click());
    expect(button('second')).toHaveTextContent('second 1');
  });

  it('renders at once when mounted after hydration (a client-side navigation)', () => {
    container.innerHTML = '';
    render(<Page />);
    expect(button('first')).toHaveTextContent('first 0');
    expect(button('second')).toHaveTextContent('second 0');
    expect(FakeObserver.all).toHaveLength(0);
  });

  describe('useHydrated', () => {
    const known = (name: string) => screen.getByRole('status', { name });

    it('is false in the server HTML and while hydrating, true after; a part hydrating later first matches its HTML', async () => {
      container.innerHTML = renderToString(<KnownPage />);
      expect(known('far')).toHaveTextContent('server');
      seen.length = 0;
      // Any mismatch with the server HTML throws (onRecoverableError).
      await hydrate(<KnownPage />);
      expect(known('outside')).toHaveTextContent('browser');
      expect(known('far')).toHaveTextContent('server');
      await act(async () => FakeObserver.approach(container.querySelectorAll('.part')[1] as Element));
      await flush();
      expect(known('far')).toHaveTextContent('browser');
      expect(seen.filter((s) => s.startsWith('far'))).toEqual(['far server', 'far browser']);
    });

    it('is true from the first render of what mounts after hydration', () => {
      container.innerHTML = '';
      seen.length = 0;
      render(<Known name="later" />);
      expect(known('later')).toHaveTextContent('browser');
      expect(seen).toEqual(['later browser']);
    });
  });
});
