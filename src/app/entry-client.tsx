import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type HydrationState, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createDataSource, fetchData } from '../content/data-source.ts';
import { captureInstallPrompt } from '../features/offline/install-prompt.ts';
import { isStaleChunkError, reloadForFreshChunks } from '../lib/chunk-recovery.ts';
import { beginHydration } from '../lib/hydration.ts';
import { whenIdle } from '../lib/when-idle.ts';
import { createRoutes } from './routes.tsx';
import './styles/global.css';

declare global {
  interface Window {
    /** What this HTML was prerendered for: its path, and the data files of its routes (by route id). Absent in dev. */
    __MINUTIAE_PRERENDERED__?: { path: string; files: Record<string, string> };
    /** React Router's hydration data, written by the prerenderer without the routes' data files. */
    __staticRouterHydrationData?: HydrationState;
  }
}

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('Minutiae: #root is missing from the page');
  const routes = createRoutes(createDataSource(fetchData));
  // Hydrate only HTML that was rendered for this very path (404.html is served for any unknown one).
  const prerendered = window.__MINUTIAE_PRERENDERED__;
  const hydrate = prerendered?.path === window.location.pathname;
  if (hydrate) {
    const [, hasData] = await Promise.all([loadLazyMatches(routes), loadRouteData(prerendered.files)]);
    // Without its data the page cannot hydrate; as served, it still reads, and its links still work.
    if (!hasData) return;
  } else delete window.__staticRouterHydrationData;
  const router = createBrowserRouter(routes);
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  if (hydrate) {
    beginHydration();
    // In a transition, React hydrates the shell in slices between which the browser can paint and
    // answer input; at the default priority it would be one long task.
    startTransition(() => {
      hydrateRoot(container, app);
    });
    return;
  }
  // Keep the served HTML (the not-found page, or nothing in dev) until the first route's data is in.
  if (!router.state.initialized) {
    await new Promise<void>((resolve) => {
      const stop = router.subscribe((state) => {
        if (!state.initialized) return;
        stop();
        resolve();
      });
    });
  }
  container.replaceChildren();
  createRoot(container).render(app);
}

/** Lazy route modules matching the first URL must be in place before hydrating, or React would see a fallback. */
async function loadLazyMatches(routes: RouteObject[]) {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

/**
 * Puts the routes' data files (preloaded by the page, precached by the service worker) into React
 * Router's hydration data. False, and said in the console, when one could not be read.
 */
async function loadRouteData(files: Record<string, string>): Promise<boolean> {
  try {
    const loaded = await Promise.all(Object.entries(files).map(async ([id, file]) => [id, await fetchData(file)] as const));
    const missing = loaded.find(([, data]) => data === null);
    if (missing) throw new Error(`${files[missing[0]]} is missing`);
    const hydration = (window.__staticRouterHydrationData ??= {});
    hydration.loaderData = { ...hydration.loaderData, ...Object.fromEntries(loaded) };
    return true;
  } catch (error) {
    console.error('Minutiae: this page’s data could not be loaded, so it is shown as served, without the app.', error);
    return false;
  }
}

// The browser may offer installation before the Install button has loaded: keep the offer.
captureInstallPrompt(() => void import('../lib/persistent-storage.ts').then((m) => m.requestPersistentStorage()));

// A tab left open across a deploy asks for chunks that no longer exist: reload once to get the new ones.
window.addEventListener('vite:preloadError', (event) => {
  if (isStaleChunkError(event.payload) && reloadForFreshChunks()) event.preventDefault();
});

void start().then(async () => {
  // After the page is interactive: nothing here is needed for the first paint or hydration.
  const { registerServiceWorker, watchConnectivity } = await import('./register-service-worker.ts');
  watchConnectivity();
  // Installing the service worker downloads the whole site for offline reading: it waits until
  // hydration and the page's own work are done rather than competing with them.
  await whenIdle(5000);
  await registerServiceWorker();
});
