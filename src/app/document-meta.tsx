import { useEffect } from 'react';
import { Outlet, useMatches } from 'react-router';
import { resolveMeta } from './page-meta.ts';

/** Keeps the head's title and description in step with client-side navigation. */
export function DocumentMeta({ error }: { error?: unknown }) {
  const matches = useMatches();
  const meta = resolveMeta(matches, error);
  useEffect(() => {
    document.title = meta.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', meta.description);
    document.querySelector('link[rel="canonical"]')?.setAttribute('href', new URL(window.location.pathname, window.location.origin).href);
  }, [meta.title, meta.description]);
  return null;
}

/** Wraps every page so its head follows it; the error boundary beside it does the same for errors. */
export function PageFrame() {
  return (
    <>
      <Outlet />
      <DocumentMeta />
    </>
  );
}
