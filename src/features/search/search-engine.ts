import type SearchableMap from 'minisearch/SearchableMap';
import type { ArticleSlug } from '../../shared/ids.ts';
import { dataPaths } from '../../shared/paths.ts';
import {
  processTerm,
  shardOf,
  tokenize,
  type SearchIndexMeta,
  type SearchShard,
  type SearchTextFile,
  type StoredSearchFields,
} from '../../shared/search-options.ts';
import { createRanker } from './rank.ts';
import { documentTable, loadWordShard, type WordPostings } from './word-shards.ts';

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
 * Revives the index the build wrote. Word shards are fetched when a query first needs them; each
 * is turned into its own word tree as it arrives (in batches, so the page keeps responding), and
 * the shards loaded before are left alone. A query word's prefix and typo matches come from its
 * own shard only, so what a query finds never depends on what was searched before.
 */
export function createSearchEngine(meta: SearchIndexMeta, fetchJson: FetchJson): SearchEngine {
  const available = new Set(meta.shards);
  const requested = new Set<string>();
  const shards = new Map<string, SearchableMap<WordPostings>>();
  const rank = createRanker(documentTable(meta.base));
  const { documentIds, storedFields } = meta.base as { documentIds: Record<string, unknown>; storedFields: Record<string, Record<string, unknown> | undefined> };
  // Shard loads run one after another, so a query waits for every shard requested before it.
  let queue: Promise<void> = Promise.resolve();
  const texts = new Map<string, SearchTextFile>();

  const prepare = (query: string): Promise<void> => {
    const missing = shardsOfQuery(query).filter((key) => available.has(key) && !requested.has(key));
    if (!missing.length) return queue;
    for (const key of missing) requested.add(key);
    const load = queue.then(async () => {
      try {
        const loaded = (await Promise.all(missing.map((key) => fetchJson(dataPaths.searchShard(key))))) as SearchShard[];
        for (const [i, shard] of loaded.entries()) {
          const key = missing[i];
          if (key !== undefined) shards.set(key, await loadWordShard(shard));
        }
      } catch (error) {
        // Forgotten, so the next query tries again (offline before the shard was cached, say).
        for (const key of missing) if (!shards.has(key)) requested.delete(key);
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
    const pass = rank(shards, query);
    let ranking = pass({ fuzzy: false, combineWith: 'AND' }, limit);
    if (ranking.total < limit) ranking = pass({ fuzzy: true, combineWith: 'AND' }, limit);
    if (!ranking.total) ranking = pass({ fuzzy: true, combineWith: 'OR' }, limit);
    return ranking.top.map(({ shortId, terms }) => {
      const stored = storedFields[shortId] ?? {};
      const fields: StoredSearchFields = {
        kind: stored.kind as SearchHit['kind'],
        label: String(stored.label),
        context: typeof stored.context === 'string' ? stored.context : undefined,
        article: typeof stored.article === 'string' ? (stored.article as ArticleSlug) : undefined,
        excerpt: typeof stored.excerpt === 'string' ? stored.excerpt : undefined,
      };
      const id = String(documentIds[shortId]);
      return { ...fields, id, excerpt: excerptOf(id, fields), terms };
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
