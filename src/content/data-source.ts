import type { ArticleData, GlossaryData, LibraryData, TermData, TermMention, TermRedirect } from '../shared/content-types.ts';
import type { ArticleSlug, TermId, TopicId } from '../shared/ids.ts';
import { dataPaths } from '../shared/paths.ts';

/** Reads a data file by its URL path; null when there is no such file. */
export type ReadData = (path: string) => Promise<unknown>;

/** The route data the app reads: from the network in the browser, from disk while prerendering. */
export interface DataSource {
  /** One page of the library (or of a topic); null past the last page or for an unknown topic. */
  library(page: number, topic?: TopicId): Promise<LibraryData | null>;
  glossary(): Promise<GlossaryData>;
  article(slug: ArticleSlug): Promise<ArticleData | null>;
  term(id: TermId): Promise<TermData | TermRedirect | null>;
  /** Every section that mentions a term, when its page lists only the first few. */
  mentions(id: TermId): Promise<TermMention[] | null>;
}

/** Thrown when data could not be fetched (offline, server down): a retryable state, not a missing page. */
export class DataUnavailableError extends Error {
  constructor(path: string, cause?: unknown) {
    super(`Could not load ${path}`, { cause });
    this.name = 'DataUnavailableError';
  }
}

/** Wraps a reader into the typed source the routes use. */
export function createDataSource(read: ReadData): DataSource {
  return {
    library: async (page, topic) => (await read(dataPaths.library(page, topic))) as LibraryData | null,
    glossary: async () => (await read(dataPaths.glossary())) as GlossaryData,
    article: async (slug) => (await read(dataPaths.article(slug))) as ArticleData | null,
    term: async (id) => (await read(dataPaths.term(id))) as TermData | TermRedirect | null,
    mentions: async (id) => (await read(dataPaths.mentions(id))) as TermMention[] | null,
  };
}

/** Browser reader: fetches the JSON the build wrote; a 404 means the page does not exist. */
export const fetchData: ReadData = async (path) => {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new DataUnavailableError(path, error);
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new DataUnavailableError(path);
  return response.json() as Promise<unknown>;
};
