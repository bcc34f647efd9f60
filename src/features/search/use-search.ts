import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { loadedSearchEngine, loadSearchEngine } from './load-search-engine.ts';
import type { SearchEngine, SearchHit } from './search-engine.ts';

/** Where a search stands: the index is loading, failed to load, or answered. */
export type SearchStatus = 'loading' | 'error' | 'ready';

/** What {@link useSearch} gives a search UI. */
export interface SearchState {
  status: SearchStatus;
  /** The query the hits answer (it trails the typed one while React catches up). */
  query: string;
  hits: SearchHit[];
  /** Tries loading the index again after an error. */
  retry: () => void;
}

/** Results for `query`, loading the index the first time a component using it mounts. */
export function useSearch(query: string, limit: number): SearchState {
  const [engine, setEngine] = useState<SearchEngine | null>(loadedSearchEngine);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (engine) return;
    let live = true;
    loadSearchEngine().then(
      (loaded) => live && setEngine(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [engine, attempt]);

  const deferred = useDeferredValue(query);
  const hits = useMemo(() => (engine ? engine.search(deferred, limit) : []), [engine, deferred, limit]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { status: engine ? 'ready' : failed ? 'error' : 'loading', query: deferred, hits, retry };
}
