import { useDeferredValue, useEffect, useState } from 'react';
import { loadedSearchEngine, loadSearchEngine } from './load-search-engine.ts';
import type { SearchEngine, SearchHit } from './search-engine.ts';

/** Where a search stands: the index is loading, failed to load, or answered. */
export type SearchStatus = 'loading' | 'error' | 'ready';

/** What {@link useSearch} gives a search UI. */
export interface SearchState {
  status: SearchStatus;
  /** The query the hits answer (it trails the typed one while the index answers). */
  query: string;
  hits: SearchHit[];
  /** Tries loading the index again after an error. */
  retry: () => void;
}

interface Answer {
  query: string;
  hits: SearchHit[];
}

const NO_ANSWER: Answer = { query: '', hits: [] };

/** Results for `query`, loading the index the first time a component using it mounts. */
export function useSearch(query: string, limit: number): SearchState {
  const [engine, setEngine] = useState<SearchEngine | null>(loadedSearchEngine);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>(NO_ANSWER);

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
  useEffect(() => {
    if (!engine) return;
    // The answer to an older query that arrives late is dropped: only the latest one shows.
    let live = true;
    engine.search(deferred, limit).then(
      (hits) => live && setAnswer({ query: deferred, hits }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [engine, deferred, limit, attempt]);

  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  // Until the first answer arrives (a shard of the index may be loading), the search is still loading.
  const waiting = !engine || (answer === NO_ANSWER && !!deferred.trim());
  return { status: failed ? 'error' : waiting ? 'loading' : 'ready', query: answer.query, hits: answer.hits, retry };
}
