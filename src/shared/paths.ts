import type { ArticleSlug, SectionId, TermId, TopicId } from './ids.ts';

/** Every URL the app links to, built in one place. */
export const paths = {
  library: (topic?: TopicId): string => (topic ? `/?topic=${encodeURIComponent(topic)}` : '/'),
  article: (slug: ArticleSlug, section?: SectionId): string =>
    `/articles/${slug}${section ? `#${encodeURIComponent(section)}` : ''}`,
  glossary: (): string => '/glossary',
  term: (id: TermId): string => `/glossary/${id}`,
  bookmarks: (): string => '/bookmarks',
  search: (query?: string): string => (query?.trim() ? `/search?q=${encodeURIComponent(query.trim())}` : '/search'),
} as const;

/** Where the build writes each route's data, relative to the site root. */
export const dataPaths = {
  library: (): string => '/data/library.json',
  glossary: (): string => '/data/glossary.json',
  article: (slug: ArticleSlug): string => `/data/articles/${slug}.json`,
  term: (id: TermId): string => `/data/terms/${id}.json`,
  /** The search index without its words (documents, lengths, stored fields), loaded when search is first opened. */
  searchIndex: (): string => '/data/search/index.json',
  /** One shard of the index's words, loaded when a query first has a word starting with `key`. */
  searchShard: (key: string): string => `/data/search/words-${key}.json`,
  /** An article's section texts, loaded when one of its sections is shown as a result (for the snippet). */
  searchText: (slug: ArticleSlug): string => `/data/search/text/${slug}.json`,
} as const;
