import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { SearchForm } from '../../features/search/search-form.tsx';
import { SearchResults } from '../../features/search/search-results.tsx';
import { useHydrated } from '../../lib/use-hydrated.ts';

/** How long typing must pause before the query is written to the URL. */
const URL_DELAY_MS = 300;

/**
 * `/search?q=…`: search as a page, to link to and reload. Results follow what is typed at once;
 * the URL follows it when typing pauses. The prerendered page has no query: the one in the URL
 * applies after hydration, so the HTML and the first client render always agree.
 */
export function SearchPage() {
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();
  const urlQuery = hydrated ? (params.get('q') ?? '') : '';
  const [draft, setDraft] = useState(urlQuery);
  const [seen, setSeen] = useState(urlQuery);
  const [written, setWritten] = useState<string | null>(null);

  // A query arriving in the URL (hydration, a link, back and forward) replaces the field, unless
  // it is the one this page just wrote there while the reader kept typing.
  if (urlQuery !== seen) {
    setSeen(urlQuery);
    if (urlQuery !== written) setDraft(urlQuery);
  }

  const writeUrl = useCallback(
    (value: string) => {
      const q = value.trim();
      setWritten(q);
      setParams(q ? { q } : {}, { replace: true, preventScrollReset: true });
    },
    [setParams],
  );

  useEffect(() => {
    if (!hydrated || draft.trim() === urlQuery.trim()) return;
    const timer = window.setTimeout(() => writeUrl(draft), URL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [hydrated, draft, urlQuery, writeUrl]);

  return (
    <div className="page page--narrow search-page">
      <header className="page-header">
        <h1>Search</h1>
      </header>
      <SearchForm value={draft} onChange={setDraft} onSubmit={writeUrl} />
      <noscript>
        <p>Search needs JavaScript. The library and the glossary list every article and term.</p>
      </noscript>
      <SearchResults query={draft} />
    </div>
  );
}
