import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { InstallButton } from '../features/offline/install-button.tsx';
import { OfflineIndicator } from '../features/offline/offline-indicator.tsx';
import { OfflineSummary } from '../features/offline/offline-summary.tsx';
import { UpdateNotice } from '../features/offline/update-notice.tsx';
import { SearchLauncher } from '../features/search/search-launcher.tsx';
import { SettingsPanel } from '../features/settings/settings-panel.tsx';
import { StorageNotice } from '../components/storage-notice.tsx';
import { paths } from '../shared/paths.ts';
import { RouteAnnouncer } from './route-announcer.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { useReadingPersistence } from '../store/use-reading-store.ts';

const navItems = [
  { to: paths.library(), label: 'Library', end: true },
  { to: paths.glossary(), label: 'Glossary', end: false },
  { to: paths.bookmarks(), label: 'Bookmarks', end: false },
];

/** The frame of every page: header, navigation, the page, footer. */
export function Layout() {
  useReadingPersistence();
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
            <InstallButton />
          </div>
        </div>
      </header>
      <StorageNotice />
      <OfflineIndicator />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Minutiae — long reads on the craft of small things.</p>
        <OfflineSummary />
      </footer>
      <UpdateNotice />
      <RouteAnnouncer />
      <ShortcutsDialog />
      <ScrollRestoration />
    </>
  );
}
