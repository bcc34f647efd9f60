import type { ArticleSummary, LibraryData, Topic } from '../../shared/content-types.ts';
import type { TopicId } from '../../shared/ids.ts';

/** Articles on one page of the library: enough to browse, and the page weighs the same at any library size. */
export const LIBRARY_PAGE_SIZE = 20;

/** Every article and topic: what the library's pages are cut from. */
export interface LibraryCatalog {
  /** Newest first. */
  articles: ArticleSummary[];
  topics: Topic[];
}

/** Cuts a list into pages of `size`; an empty list still has its (empty) first page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length ? pages : [[]];
}

/** Every page of the whole library, then every page of each topic, in one pass over the articles. */
export function libraryPages(catalog: LibraryCatalog, size = LIBRARY_PAGE_SIZE): LibraryData[] {
  const byTopic = new Map<TopicId, ArticleSummary[]>(catalog.topics.map((t) => [t.id, []]));
  for (const article of catalog.articles) for (const topic of article.topics) byTopic.get(topic)?.push(article);
  const lists: [TopicId | null, ArticleSummary[]][] = [[null, catalog.articles], ...byTopic];
  return lists.flatMap(([topic, articles]) => {
    const pages = paginate(articles, size);
    return pages.map((page, index) => ({ articles: page, topics: catalog.topics, topic, page: index + 1, pages: pages.length, total: articles.length }));
  });
}
