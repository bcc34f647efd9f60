import path from 'node:path';
import type { ReadData } from '../../../src/content/data-source.ts';
import { buildSite, type SiteData } from '../../../src/node/content/build-site.ts';

/** The valid fixture library: content and glossary that pass every check. */
export const FIXTURE_CONTENT = path.resolve(__dirname, '../../fixtures/content/valid');

/** Builds the fixture library as `npm run build` does, in memory. */
export const buildFixtureSite = (): Promise<SiteData> => buildSite(FIXTURE_CONTENT, FIXTURE_CONTENT);

/** Reads built data files (by URL path) as the app's data source does: parsed JSON, null when missing. */
export function readerOf(files: Map<string, string>): ReadData {
  return async (url) => {
    const text = files.get(url);
    return text === undefined ? null : (JSON.parse(text) as unknown);
  };
}

/** A `fetch` for `vi.stubGlobal` that serves built data files (by URL path), 404 for anything else. */
export function fetchOf(files: Map<string, string>) {
  return async (url: string) => {
    const text = files.get(url);
    return text === undefined ? { ok: false, status: 404 } : { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
  };
}
