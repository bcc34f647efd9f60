import type { SearchState } from './use-search.ts';

/** What a search says about itself, for a live region: loading, failure, nothing found, or how much was. */
export function searchStatusText(search: Pick<SearchState, 'status' | 'query' | 'hits'>, typed: string): string {
  if (search.status === 'error') return 'Search could not load. Check your connection and try again.';
  if (!typed.trim()) return 'Find any article, section or glossary term. Words can be partial or misspelt.';
  if (search.status === 'loading') return 'Loading search…';
  if (!search.query.trim()) return '';
  const n = search.hits.length;
  if (!n) return `No results for “${search.query.trim()}”.`;
  return `${n} ${n === 1 ? 'result' : 'results'}`;
}
