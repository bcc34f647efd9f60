import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readLibrary } from '../../../src/node/prerender/prerender-site.ts';
import type { ArticleSummary } from '../../../src/shared/content-types.ts';

/** Every article of a build, newest first, and the URL of every library page, read from its data files. */
export async function libraryOf(dir: string): Promise<{ articles: ArticleSummary[]; libraryUrls: string[] }> {
  return readLibrary(async (url) => {
    try {
      return JSON.parse(await readFile(path.join(dir, url), 'utf8')) as unknown;
    } catch {
      return null;
    }
  });
}
