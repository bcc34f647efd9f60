import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isStaleChunkError, reloadForFreshChunks } from '../lib/chunk-recovery.ts';
import { paths } from '../shared/paths.ts';
import { DocumentMeta } from './document-meta.tsx';

/** Shown in place of a page that does not exist or could not load. */
export function RouteError() {
  const error = useRouteError();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  const staleChunk = isStaleChunkError(error);
  useEffect(() => {
    // A lazy route whose chunk vanished in a deploy: one guarded reload fetches the new build.
    if (staleChunk) reloadForFreshChunks();
  }, [staleChunk]);
  return (
    <article className="page page--narrow">
      <DocumentMeta error={error} />
      {missing ? (
        <>
          <h1>Page not found</h1>
          <p>There is no article, term or page at this address. It may have moved, or the link may be mistyped.</p>
        </>
      ) : (
        <>
          <h1>This page could not be loaded</h1>
          <p>Something went wrong while loading it. Check your connection and try again.</p>
          <p>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Try again
            </button>
          </p>
        </>
      )}
      <ul className="link-list">
        <li>
          <Link to={paths.library()}>Browse the library</Link>
        </li>
        <li>
          <Link to={paths.glossary()}>Open the glossary</Link>
        </li>
      </ul>
    </article>
  );
}
