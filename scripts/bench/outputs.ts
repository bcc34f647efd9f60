import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFileFor } from '../../src/node/prerender/html.ts';
import type { RouteSize } from '../../src/node/prerender/sizes.ts';
import { precacheUrls } from '../../src/node/pwa/check-precache.ts';
import { pwaOptions } from '../../src/node/pwa/pwa-options.ts';
import { dataPaths, paths } from '../../src/shared/paths.ts';
import type { ArticleSlug, TermId } from '../../src/shared/ids.ts';
import { median } from './stats.ts';

/** What a build wrote, in bytes. */
export interface OutputSize {
  files: number;
  bytes: number;
  html: { files: number; bytes: number };
  data: { files: number; bytes: number };
  assets: number;
  /** The search index: what opens search plus every word shard (gzip summed file by file). */
  searchIndex: { bytes: number; gzip: number; files: number; largest: { file: string; bytes: number } };
  /** The articles' search texts, fetched for the snippets of the results shown. */
  searchTexts: { bytes: number; files: number };
  /** Everything the service worker downloads on install. */
  precache: { files: number; bytes: number };
  /** Files the real build refuses to precache (Workbox's size limit), which makes it fail. */
  overPrecacheLimit: { file: string; bytes: number }[];
  precacheLimit: number;
}

/** First-load gzip bytes of one kind of page: its HTML, the JS and CSS it loads, and its data file. */
export interface PageWeight {
  page: string;
  url: string;
  html: number;
  js: number;
  css: number;
  /** The route's data file: fetched with the scripts to hydrate, and alone by a client-side navigation. */
  data: number;
}

const gzip = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

/** Sizes of a build directory. */
export async function measureOutput(outDir: string): Promise<OutputSize> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const absolute = path.join(e.parentPath, e.name);
        return { file: path.relative(outDir, absolute).split(path.sep).join('/'), bytes: (await stat(absolute)).size };
      }),
  );
  const sum = (list: { bytes: number }[]) => list.reduce((total, f) => total + f.bytes, 0);
  const html = files.filter((f) => f.file.endsWith('.html'));
  const data = files.filter((f) => f.file.startsWith('data/'));
  const bySize = new Map(files.map((f) => [f.file, f.bytes]));
  const precached = precacheUrls(await readFile(path.join(outDir, 'sw.js'), 'utf8'));
  const limit = pwaOptions(async () => {}).workbox?.maximumFileSizeToCacheInBytes ?? 2 * 1024 * 1024;
  const searchDir = path.posix.dirname(dataPaths.searchIndex().slice(1));
  const texts = path.posix.dirname(dataPaths.searchText('x' as ArticleSlug).slice(1));
  const search = files.filter((f) => f.file.startsWith(`${searchDir}/`));
  const index = search.filter((f) => !f.file.startsWith(`${texts}/`));
  const textFiles = search.filter((f) => f.file.startsWith(`${texts}/`));
  const indexGzip = (await Promise.all(index.map((f) => gzip(path.join(outDir, f.file))))).reduce((a, b) => a + b, 0);
  const largest = [...index].sort((a, b) => b.bytes - a.bytes)[0] ?? { file: '', bytes: 0 };
  return {
    files: files.length,
    bytes: sum(files),
    html: { files: html.length, bytes: sum(html) },
    data: { files: data.length, bytes: sum(data) },
    assets: sum(files.filter((f) => f.file.startsWith('assets/'))),
    searchIndex: { bytes: sum(index), gzip: indexGzip, files: index.length, largest },
    searchTexts: { bytes: sum(textFiles), files: textFiles.length },
    precache: { files: precached.length, bytes: precached.reduce((total, url) => total + (bySize.get(url) ?? 0), 0) },
    overPrecacheLimit: files.filter((f) => f.bytes > limit && /\.(html|js|css|json)$/.test(f.file)).map(({ file, bytes }) => ({ file, bytes })),
    precacheLimit: limit,
  };
}

/** The pages whose weight the bench follows from one library size to the next. */
export interface WeighedPages {
  article: ArticleSlug;
  longArticle: ArticleSlug;
  term: TermId;
  /** Every article, for the median article page. */
  allArticles: readonly ArticleSlug[];
}

/** First-load bytes of the library, an article, the long read, the median article, the glossary and a term. */
export async function weighPages(outDir: string, routeSizes: readonly RouteSize[], pages: WeighedPages): Promise<PageWeight[]> {
  const code = new Map(routeSizes.map((s) => [s.page, s]));
  const weigh = async (page: string, url: string, dataUrl: string): Promise<PageWeight> => ({
    page,
    url,
    html: await gzip(path.join(outDir, htmlFileFor(url))),
    js: code.get(page)?.js ?? 0,
    css: code.get(page)?.css ?? 0,
    data: await gzip(path.join(outDir, dataUrl)),
  });
  // Every tenth article is plenty for a median, and keeps this quick at 3,000 articles.
  const sample = pages.allArticles.filter((_, i) => i % 10 === 0);
  const sampled = await Promise.all(sample.map((slug) => weigh('article-page', paths.article(slug), dataPaths.article(slug))));
  const middle = (pick: (w: PageWeight) => number) => Math.round(median(sampled.map(pick)));
  const medianArticle: PageWeight = {
    page: 'article-page',
    url: `median of ${sampled.length} articles`,
    html: middle((w) => w.html),
    js: middle((w) => w.js),
    css: middle((w) => w.css),
    data: middle((w) => w.data),
  };
  return [
    await weigh('library-page', paths.library(), dataPaths.library(1)),
    await weigh('article-page', paths.article(pages.article), dataPaths.article(pages.article)),
    medianArticle,
    await weigh('article-page', paths.article(pages.longArticle), dataPaths.article(pages.longArticle)),
    await weigh('glossary-page', paths.glossary(), dataPaths.glossary()),
    await weigh('term-page', paths.term(pages.term), dataPaths.term(pages.term)),
  ];
}
