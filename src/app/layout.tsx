import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { lazy, useEffect } from 'react';
import { AfterHydration } from '../components/after-hydration.tsx';
import { endHydration } from '../lib/hydration.ts';
import { OfflineIndicator } from '../features/offline/offline-indicator.tsx';
import { SearchLauncher } from '../features/search/search-launcher.tsx';
import { SettingsPanel } from '../features/settings/settings-panel.tsx';
import { paths } from '../shared/paths.ts';
import { useReadingPersistence } from '../store/use-reading-store.ts';
import { RouteAnnouncer } from './route-announcer.tsx';

// Browser-only extras load after hydration, outside every route's first load.
const InstallButton = lazy(() => import('../features/offline/install-button.tsx').then((m) => ({ default: m.InstallButton })));
const OfflineSummary = lazy(() => import('../features/offline/offline-summary.tsx').then((m) => ({ default: m.OfflineSummary })));
const StorageNotice = lazy(() => import('../components/storage-notice.tsx').then((m) => ({ default: m.StorageNotice })));
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog.tsx').then((m) => ({ default: m.ShortcutsDialog })));
const UpdateNotice = lazy(() => import('../features/offline/update-notice.tsx').then((m) => ({ default: m.UpdateNotice })));

const navItems = [
  { to: paths.library(), label: 'Library', end: true },
  { to: paths.glossary(), label: 'Glossary', end: false },
  { to: paths.bookmarks(), label: 'Bookmarks', end: false },
];

/** The frame of every page: header, navigation, the page, footer. */
export function Layout() {
  useReadingPersistence();
  // The first commit: whatever mounts after it renders fresh instead of adopting server HTML.
  useEffect(endHydration, []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to={paths.library()} className="site-name" end>
            Minutiae
          </NavLink>
          <nav aria-label="Main">
            <ul className="site-nav">
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-actions">
            <SearchLauncher />
            <SettingsPanel />
            <AfterHydration whenIdle>
              <InstallButton />
            </AfterHydration>
          </div>
        </div>
      </header>
      <AfterHydration whenIdle>
        <StorageNotice />
      </AfterHydration>
      <OfflineIndicator />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Minutiae — long reads on the craft of small things.</p>
        <AfterHydration whenIdle>
          <OfflineSummary />
        </AfterHydration>
      </footer>
      <AfterHydration whenIdle>
        <UpdateNotice />
      </AfterHydration>
      {/* Not lazy: it must be in place before the first client-side navigation, which can come as
          soon as the page is hydrated. Loaded late, it mounted with the page it was meant to focus
          and took that page for the first load. Its live region is empty in the HTML. */}
      <RouteAnnouncer />
      <AfterHydration whenIdle>
        <ShortcutsDialog />
      </AfterHydration>
      <ScrollRestoration />
    </>
  );
}
