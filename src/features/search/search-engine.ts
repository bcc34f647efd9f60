import MiniSearch from 'minisearch';
import { searchIndexOptions, type SearchDocument, type StoredSearchFields } from '../../shared/search-options.ts';

/** One result: where it leads, what to show, and the indexed words it matched (for highlighting). */
export interface SearchHit extends StoredSearchFields {
  /** The URL of the section, article or term. */
  id: string;
  /** Words of the index that matched, after prefix and typo expansion: `silicone` for `silcone`. */
  terms: string[];
}

/** A loaded index. */
export interface SearchEngine {
  /** The best `limit` results for a query; [] for a blank one. */
  search(query: string, limit: number): SearchHit[];
}

/** Revives the index the build wrote, with the options it was built with. */
export function createSearchEngine(json: string): SearchEngine {
  const index = MiniSearch.loadJSON<SearchDocument>(json, searchIndexOptions);
  return {
    search(query, limit) {
      if (!query.trim()) return [];
      // Every word must match; when no result has them all, show results with any of them.
      let results = index.search(query);
      if (!results.length) results = index.search(query, { combineWith: 'OR' });
      return results.slice(0, limit).map((r) => ({
        id: String(r.id),
        kind: r.kind as SearchHit['kind'],
        label: String(r.label),
        context: typeof r.context === 'string' ? r.context : undefined,
        excerpt: String(r.excerpt),
        terms: r.terms,
      }));
    },
  };
}
