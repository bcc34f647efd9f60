import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createDataSource, fetchData } from '../content/data-source.ts';
import { captureInstallPrompt } from '../features/offline/install-prompt.ts';
import { isStaleChunkError, reloadForFreshChunks } from '../lib/chunk-recovery.ts';
import { beginHydration } from '../lib/hydration.ts';
import { createRoutes } from './routes.tsx';
import './styles/global.css';

declare global {
  interface Window {
    /** The path this HTML was prerendered for; absent in dev. */
    __MINUTIAE_PRERENDERED__?: string;
    /** React Router's hydration data, written by the prerenderer. */
    __staticRouterHydrationData?: unknown;
  }
}

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('Minutiae: #root is missing from the page');
  const routes = createRoutes(createDataSource(fetchData));
  // Hydrate only HTML that was rendered for this very path (404.html is served for any unknown one).
  const hydrate = window.__MINUTIAE_PRERENDERED__ === window.location.pathname;
  if (hydrate) await loadLazyMatches(routes);
  else delete window.__staticRouterHydrationData;
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
  await registerServiceWorker();
});
