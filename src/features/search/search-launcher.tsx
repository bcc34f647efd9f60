import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { whenIdle } from '../../lib/when-idle.ts';
import { paths } from '../../shared/paths.ts';
import { SearchIcon } from './search-icon.tsx';
import { useSearchShortcut } from './use-search-shortcut.ts';
import './search-launcher.css';

const loadDialog = () => import('./search-dialog.tsx');
const SearchDialog = lazy(async () => ({ default: (await loadDialog()).SearchDialog }));

/**
 * The header's search control, and the `/` and Ctrl/⌘K shortcuts. Before hydration (or without
 * JavaScript) it is a link to the search page; after, a button that opens the search dialog.
 * The dialog's code is fetched once the page is idle, the index only when search first opens.
 */
export function SearchLauncher() {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    if (document.querySelector('dialog[open]')) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  useSearchShortcut(show);

  const hide = useCallback(() => {
    setOpen(false);
    // The browser puts focus back as the modal closes; this covers a dialog removed without closing.
    if (opener.current?.isConnected) opener.current.focus({ preventScroll: true });
    opener.current = null;
  }, []);

  useEffect(() => {
    void whenIdle().then(() => loadDialog().catch(() => {}));
  }, []);

  const content = (
    <>
      <SearchIcon className="search-button__icon" />
      <span className="search-button__label">Search</span>
      <kbd className="search-button__key" aria-hidden="true">
        /
      </kbd>
    </>
  );

  return (
    <>
      {hydrated ? (
        <button type="button" className="search-button" aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K" onClick={show}>
          {content}
        </button>
      ) : (
        <a className="search-button" href={paths.search()}>
          {content}
        </a>
      )}
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={hide} />
        </Suspense>
      )}
    </>
  );
}
