import type { ArticleSlug, SectionId, TermId, TopicId } from './ids.ts';

/** Every URL the app links to, built in one place. */
export const paths = {
  library: (topic?: TopicId): string => (topic ? `/?topic=${encodeURIComponent(topic)}` : '/'),
  article: (slug: ArticleSlug, section?: SectionId): string =>
    `/articles/${slug}${section ? `#${encodeURIComponent(section)}` : ''}`,
  glossary: (): string => '/glossary',
  term: (id: TermId): string => `/glossary/${id}`,
  bookmarks: (): string => '/bookmarks',
} as const;

/** Where the build writes each route's data, relative to the site root. */
export const dataPaths = {
  library: (): string => '/data/library.json',
  glossary: (): string => '/data/glossary.json',
  article: (slug: ArticleSlug): string => `/data/articles/${slug}.json`,
  term: (id: TermId): string => `/data/terms/${id}.json`,
} as const;
