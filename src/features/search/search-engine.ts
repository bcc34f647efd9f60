import MiniSearch, { type SearchResult } from 'minisearch';
import type { ArticleSlug } from '../../shared/ids.ts';
import { dataPaths } from '../../shared/paths.ts';
import {
  passageIndexOptions,
  processTerm,
  searchIndexOptions,
  shardOf,
  tokenize,
  type PassageDocument,
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
  /** The text its snippet is cut from: the passage it opens on ('' when the article's text could not load). */
  excerpt: string;
  /** Words of the index that matched, after prefix and typo expansion: `silicone` for `silcone`. */
  terms: string[];
}

/** Fetches one of the search files by URL path and parses it; rejects when it cannot. */
export type FetchJson = (path: string) => Promise<unknown>;

/** A loaded index. */
export interface SearchEngine {
  /**
   * The best `limit` results for a query, each article opened on the passage that best matches it;
   * [] for a blank one. Loads what the query needs first: its words' shards, its articles' texts.
   */
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** Loads the shards holding the words of `query` (prefix and typo matches stay within a word's shard). */
  prepare(query: string): Promise<void>;
}

/** How an engine keeps what it loads. */
export interface SearchEngineOptions {
  /**
   * Articles whose passages stay loaded (and indexed): enough for a few pages of results, bounded
   * so a long session does not grow the heap.
   */
  articlesKept?: number;
}

/** An article's passages, and their index once a query has needed it. */
interface ArticleText {
  passages: SearchTextFile;
  index: MiniSearch<PassageDocument> | null;
}

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
 * The best `limit` results of a query. Exact words (the last one also as a prefix) first: when they
 * fill the list, forgiving typos would only add weaker matches below it, and expanding every word to
 * its neighbours one or two letters away is what makes common words slow. Otherwise typos are
 * forgiven; and when nothing has every word, what has any of them is shown.
 */
function rank<T>(index: MiniSearch<T>, query: string, limit: number): SearchResult[] {
  let results = index.search(query, { fuzzy: false });
  if (results.length < limit) results = index.search(query);
  if (!results.length) results = index.search(query, { combineWith: 'OR' });
  return results.slice(0, limit);
}

/**
 * Revives the index the build wrote, with the options it was built with. Word shards are fetched
 * when a query first needs them and the index is rebuilt around every shard loaded so far
 * (asynchronously, in batches, so the page keeps responding). Articles are ranked whole; each one
 * shown is opened on its passage that best matches the query, found by the same matching over
 * its passages alone.
 */
export function createSearchEngine(meta: SearchIndexMeta, fetchJson: FetchJson, { articlesKept = 64 }: SearchEngineOptions = {}): SearchEngine {
  const available = new Set(meta.shards);
  const requested = new Set<string>();
  const entries: SearchShard = [];
  let index = MiniSearch.loadJS<SearchDocument>(meta.base, searchIndexOptions);
  // Shard loads run one after another, so each rebuild sees every shard before it.
  let queue: Promise<void> = Promise.resolve();
  // Least recently used first. A failed load is forgotten, so a later query tries again.
  const articles = new Map<ArticleSlug, Promise<ArticleText | null>>();

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

  const loadArticle = (slug: ArticleSlug): Promise<ArticleText | null> => {
    const kept = articles.get(slug);
    if (kept) {
      articles.delete(slug);
      articles.set(slug, kept);
      return kept;
    }
    const loading = fetchJson(dataPaths.searchText(slug)).then(
      (passages) => ({ passages: passages as SearchTextFile, index: null }),
      () => {
        if (articles.get(slug) === loading) articles.delete(slug);
        // A result without its passage is still a result: the article, without a snippet.
        return null;
      },
    );
    articles.set(slug, loading);
    for (const oldest of articles.keys()) {
      if (articles.size <= articlesKept) break;
      articles.delete(oldest);
    }
    return loading;
  };

  /** The hit for an article, opened on its passage that best matches the query. */
  const openOn = (hit: SearchHit, text: ArticleText, query: string): SearchHit => {
    text.index ??= indexPassages(text.passages, hit.label);
    const [best] = rank(text.index, query, 1);
    const passage = text.passages.find((p) => p.id === best?.id) ?? text.passages[0];
    if (!passage) return hit;
    if (passage.heading === undefined) return { ...hit, id: passage.id, excerpt: passage.text };
    return { ...hit, id: passage.id, kind: 'section', label: passage.heading, context: hit.label, excerpt: passage.text };
  };

  return {
    prepare,
    async search(query, limit) {
      if (!query.trim()) return [];
      await prepare(query);
      const hits = rank(index, query, limit).map((r): SearchHit => {
        const fields = r as unknown as Partial<StoredSearchFields>;
        return {
          id: r.id as string,
          kind: fields.kind ?? 'article',
          label: String(fields.label),
          article: fields.article,
          excerpt: fields.excerpt ?? '',
          terms: r.terms,
        };
      });
      return Promise.all(
        hits.map(async (hit) => {
          if (!hit.article) return hit;
          const text = await loadArticle(hit.article);
          return text ? openOn(hit, text, query) : hit;
        }),
      );
    },
  };
}

/** Indexes an article's passages, the opening under the article's title. */
function indexPassages(passages: SearchTextFile, title: string): MiniSearch<PassageDocument> {
  const index = new MiniSearch<PassageDocument>(passageIndexOptions);
  index.addAll(passages.map((p) => (p.heading === undefined ? { ...p, title } : p)));
  return index;
}
