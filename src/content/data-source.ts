import type { ArticleData, GlossaryData, LibraryData, TermData, TermRedirect } from '../shared/content-types.ts';
import type { ArticleSlug, TermId } from '../shared/ids.ts';
import { dataPaths } from '../shared/paths.ts';

/** Reads a data file by its URL path; null when there is no such file. */
export type ReadData = (path: string) => Promise<unknown>;

/** The route data the app reads: from the network in the browser, from disk while prerendering. */
export interface DataSource {
  library(): Promise<LibraryData>;
  glossary(): Promise<GlossaryData>;
  article(slug: ArticleSlug): Promise<ArticleData | null>;
  term(id: TermId): Promise<TermData | TermRedirect | null>;
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
    library: async () => (await read(dataPaths.library())) as LibraryData,
    glossary: async () => (await read(dataPaths.glossary())) as GlossaryData,
    article: async (slug) => (await read(dataPaths.article(slug))) as ArticleData | null,
    term: async (id) => (await read(dataPaths.term(id))) as TermData | TermRedirect | null,
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
