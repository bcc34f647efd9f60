import MiniSearch from 'minisearch';
import type { ArticleSlug } from '../../shared/ids.ts';
import { dataPaths } from '../../shared/paths.ts';
import {
  processTerm,
  searchIndexOptions,
  shardOf,
  tokenize,
  type SearchDocument,
  type SearchIndexMeta,
  type SearchShard,
  type SearchTextFile,
  type StoredSearchFields,
} from '../../shared/search-options.ts';

/** One result: where it leads, what to show, and the indexed words it matched (for highlighting). */
export interface SearchHit extends StoredSearchFields {
  /** The URL of the section, article or term. */
  id: string;
  /** The text its snippet is cut from ('' until the article's search text has loaded). */
  excerpt: string;
  /** Words of the index that matched, after prefix and typo expansion: `silicone` for `silcone`. */
  terms: string[];
}

/** Fetches one of the search files by URL path and parses it; rejects when it cannot. */
export type FetchJson = (path: string) => Promise<unknown>;

/** A loaded index. */
export interface SearchEngine {
  /** The best `limit` results for a query, with their excerpts; [] for a blank one. Loads what the query needs first. */
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** Loads the shards holding the words of `query` (prefix and typo matches stay within a word's shard). */
  prepare(query: string): Promise<void>;
  /** Results from the shards loaded so far, excerpts only where already loaded: what the benchmark times. */
  searchLoaded(query: string, limit: number): SearchHit[];
}

/** Article search texts kept for snippets: enough for a few pages of results, bounded so a long session does not grow the heap. */
const TEXTS_KEPT = 64;

/** The shard keys of a query's words. */
export function shardsOfQuery(query: string): string[] {
  const keys = new Set<string>();
  for (const word of tokenize(query)) {
    const term = processTerm(word);
    if (term) keys.add(shardOf(term));
  }
  return [...keys];
}

/**
 * Revives the index the build wrote, with the options it was built with. Word shards are fetched
 * when a query first needs them and the index is rebuilt around every shard loaded so far
 * (asynchronously, in batches, so the page keeps responding).
 */
export function createSearchEngine(meta: SearchIndexMeta, fetchJson: FetchJson): SearchEngine {
  const available = new Set(meta.shards);
  const requested = new Set<string>();
  const entries: SearchShard = [];
  let index = MiniSearch.loadJS<SearchDocument>(meta.base, searchIndexOptions);
  // Shard loads run one after another, so each rebuild sees every shard before it.
  let queue: Promise<void> = Promise.resolve();
  const texts = new Map<string, SearchTextFile>();

  const prepare = (query: string): Promise<void> => {
    const missing = shardsOfQuery(query).filter((key) => available.has(key) && !requested.has(key));
    if (!missing.length) return queue;
    for (const key of missing) requested.add(key);
    const load = queue.then(async () => {
      try {
        const shards = (await Promise.all(missing.map((key) => fetchJson(dataPaths.searchShard(key))))) as SearchShard[];
        for (const shard of shards) for (const entry of shard) entries.push(entry);
        index = await MiniSearch.loadJSAsync<SearchDocument>({ ...meta.base, index: entries }, searchIndexOptions);
      } catch (error) {
        // Forgotten, so the next query tries again (offline before the shard was cached, say).
        for (const key of missing) requested.delete(key);
        throw error;
      }
    });
    queue = load.catch(() => {});
    return load;
  };

  const excerptOf = (id: string, fields: StoredSearchFields): string =>
    fields.excerpt ?? (fields.article ? (texts.get(fields.article)?.[id] ?? '') : '');

  const searchLoaded = (query: string, limit: number): SearchHit[] => {
    if (!query.trim()) return [];
    // Exact words (the last one also as a prefix) first: when they fill the list, forgiving typos
    // would only add weaker matches below it, and expanding every word to its neighbours one or two
    // letters away is what makes common words slow. Otherwise typos are forgiven; and when no result
    // has every word, results with any of them are shown.
    let results = index.search(query, { fuzzy: false });
    if (results.length < limit) results = index.search(query);
    if (!results.length) results = index.search(query, { combineWith: 'OR' });
    return results.slice(0, limit).map((r) => {
      const fields: StoredSearchFields = {
        kind: r.kind as SearchHit['kind'],
        label: String(r.label),
        context: typeof r.context === 'string' ? r.context : undefined,
        article: typeof r.article === 'string' ? (r.article as ArticleSlug) : undefined,
        excerpt: typeof r.excerpt === 'string' ? r.excerpt : undefined,
      };
      const id = String(r.id);
      return { ...fields, id, excerpt: excerptOf(id, fields), terms: r.terms };
    });
  };

  const loadText = async (slug: ArticleSlug): Promise<void> => {
    const cached = texts.get(slug);
    if (cached) {
      texts.delete(slug);
      texts.set(slug, cached);
      return;
    }
    try {
      texts.set(slug, (await fetchJson(dataPaths.searchText(slug))) as SearchTextFile);
    } catch {
      // A result without its snippet is still a result.
      return;
    }
    for (const oldest of texts.keys()) {
      if (texts.size <= TEXTS_KEPT) break;
      texts.delete(oldest);
    }
  };

  return {
    prepare,
    searchLoaded,
    async search(query, limit) {
      if (!query.trim()) return [];
      await prepare(query);
      const hits = searchLoaded(query, limit);
      const articles = new Set(hits.flatMap((hit) => (hit.article && !hit.excerpt ? [hit.article] : [])));
      if (!articles.size) return hits;
      await Promise.all([...articles].map(loadText));
      return hits.map((hit) => (hit.excerpt || !hit.article ? hit : { ...hit, excerpt: texts.get(hit.article)?.[hit.id] ?? '' }));
    },
  };
}
