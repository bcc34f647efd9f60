import { dataPaths } from '../../shared/paths.ts';
import type { SearchEngine } from './search-engine.ts';

let loading: Promise<SearchEngine> | null = null;
let loaded: SearchEngine | null = null;

/**
 * The search engine, loaded on first use: MiniSearch and the index arrive together, outside every
 * route's first load. Later calls share the same promise; a failure (offline before the index was
 * cached, say) is forgotten so the next call tries again.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= Promise.all([import('./search-engine.ts'), fetchIndex()])
    .then(([{ createSearchEngine }, json]) => {
      loaded = createSearchEngine(json);
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

async function fetchIndex(): Promise<string> {
  const response = await fetch(dataPaths.searchIndex(), { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`Could not load the search index (${response.status})`);
  return response.text();
}
