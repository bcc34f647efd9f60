import type { ArticleSlug, SectionId, TermId, TopicId } from './ids.ts';

/** Every URL the app links to, built in one place. */
export const paths = {
  /** The library, newest first: the whole of it or one topic, page 1 (the default) or a later one. */
  library: (topic?: TopicId, page = 1): string => {
    const base = topic ? `/topics/${encodeURIComponent(topic)}` : '';
    return page > 1 ? `${base}/page/${page}` : base || '/';
  },
  article: (slug: ArticleSlug, section?: SectionId): string =>
    `/articles/${slug}${section ? `#${encodeURIComponent(section)}` : ''}`,
  glossary: (): string => '/glossary',
  term: (id: TermId): string => `/glossary/${id}`,
  bookmarks: (): string => '/bookmarks',
  search: (query?: string): string => (query?.trim() ? `/search?q=${encodeURIComponent(query.trim())}` : '/search'),
} as const;

/** Where the build writes each route's data, relative to the site root. */
export const dataPaths = {
  /** One page of the library, or of one topic's articles. */
  library: (page: number, topic?: TopicId): string => `/data/library/${topic ? `topics/${topic}/` : ''}page-${page}.json`,
  glossary: (): string => '/data/glossary.json',
  article: (slug: ArticleSlug): string => `/data/articles/${slug}.json`,
  term: (id: TermId): string => `/data/terms/${id}.json`,
  /** Every mention of a term, fetched when the reader asks for more than its page lists. */
  mentions: (id: TermId): string => `/data/mentions/${id}.json`,
  /** The search index without its words (documents, lengths, stored fields), loaded when search is first opened. */
  searchIndex: (): string => '/data/search/index.json',
  /** One shard of the index's words, loaded when a query first has a word starting with `key`. */
  searchShard: (key: string): string => `/data/search/words-${key}.json`,
  /** An article's section texts, loaded when one of its sections is shown as a result (for the snippet). */
  searchText: (slug: ArticleSlug): string => `/data/search/text/${slug}.json`,
} as const;
