import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the new page's heading (or the linked section's
 * heading) and announces the new title, as a full page load would for screen-reader users.
 * The first render is left alone: the browser already handled that page load. So this must be
 * mounted with the page the browser loaded, not lazily: mounted later, it would skip a navigation.
 */
export function RouteAnnouncer() {
  const location = useLocation();
  const navigation = useNavigation();
  const [message, setMessage] = useState('');
  const first = useRef(true);
  const lastPath = useRef(location.pathname);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (navigation.state !== 'idle') return;
    // Wait a frame so the new page and its title are in the document.
    const frame = requestAnimationFrame(() => {
      const hash = location.hash ? decodeURIComponent(location.hash.slice(1)) : '';
      const target = (hash && document.getElementById(hash)) || document.querySelector<HTMLElement>('main h1');
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: Boolean(hash) });
      }
      // A jump within the page moves focus but is not a new page to announce.
      if (lastPath.current !== location.pathname) setMessage(document.title);
      lastPath.current = location.pathname;
    });
    return () => cancelAnimationFrame(frame);
    // Runs once per location change, when the navigation has settled.
  }, [location.key, navigation.state, location.hash, location.pathname]);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
