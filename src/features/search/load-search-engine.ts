import { dataPaths } from '../../shared/paths.ts';
import type { SearchIndexMeta } from '../../shared/search-options.ts';
import type { SearchEngine } from './search-engine.ts';

let loading: Promise<SearchEngine> | null = null;
let loaded: SearchEngine | null = null;

/**
 * The search engine, loaded on first use: MiniSearch and the index (without its words, which load
 * per query) arrive together, outside every route's first load. Later calls share the same
 * promise; a failure (offline before the index was cached, say) is forgotten so the next call
 * tries again.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= Promise.all([import('./search-engine.ts'), fetchJson(dataPaths.searchIndex())])
    .then(([{ createSearchEngine }, meta]) => {
      loaded = createSearchEngine(meta as SearchIndexMeta, fetchJson);
      return loaded;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The engine if it has loaded already, so a search opened again answers at once. */
export function loadedSearchEngine(): SearchEngine | null {
  return loaded;
}

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`Could not load ${path} (${response.status})`);
  return response.json();
}
