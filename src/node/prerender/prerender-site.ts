import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderResult } from '../../app/entry-server.tsx';
import type { ReadData } from '../../content/data-source.ts';
import type { ArticleSummary, GlossaryData, LibraryData } from '../../shared/content-types.ts';
import type { TermId, TopicId } from '../../shared/ids.ts';
import { dataPaths, paths } from '../../shared/paths.ts';
import { fillTemplate, htmlFileFor, redirectPage } from './html.ts';
import { routeAssets, type ViteManifest } from './route-assets.ts';
import { formatSizeTable, measureRoutes, type RouteSize } from './sizes.ts';

type Render = (url: string, read: ReadData) => Promise<RenderResult>;

/** What {@link prerenderSite} did. */
export interface PrerenderReport {
  pages: number;
  redirects: number;
  sizes: RouteSize[];
}

/**
 * Writes static HTML for every route into `outDir` (the client build), rendering with the SSR
 * build's `render`, and measures what each kind of route loads before it is interactive.
 */
export async function prerenderSite(outDir: string, ssrEntry: string): Promise<PrerenderReport> {
  const { render } = (await import(pathToFileURL(ssrEntry).href)) as { render: Render };
  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
  // Every page inlines its styles: read each built stylesheet once.
  const cssFiles = new Set([...Object.values(manifest).flatMap((chunk) => chunk.css ?? []), ...[...template.matchAll(/href="\/([^"]+\.css)"/g)].map((m) => m[1] ?? '')]);
  const styles = new Map(await Promise.all([...cssFiles].map(async (file) => [file, await readFile(path.join(outDir, file), 'utf8')] as const)));
  const readStyle = (file: string) => {
    const css = styles.get(file);
    if (css === undefined) throw new Error(`prerender: ${file} is not in the build`);
    return css;
  };
  const read: ReadData = async (url) => {
    try {
      return JSON.parse(await readFile(path.join(outDir, url), 'utf8')) as unknown;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };

  const { articles, libraryUrls } = await readLibrary(read);
  const glossary = (await read('/data/glossary.json')) as GlossaryData;
  const termIds = new Set<string>(glossary.terms.map((t) => t.id));
  const aliases = (await readdir(path.join(outDir, 'data', 'terms')))
    .map((file) => file.replace(/\.json$/, ''))
    .filter((id) => !termIds.has(id));

  const routes: { url: string; page: string }[] = [
    ...libraryUrls.map((url) => ({ url, page: 'library-page' })),
    { url: paths.glossary(), page: 'glossary-page' },
    { url: paths.bookmarks(), page: 'bookmarks-page' },
    { url: paths.search(), page: 'search-page' },
    ...articles.map((a) => ({ url: paths.article(a.slug), page: 'article-page' })),
    ...glossary.terms.map((t) => ({ url: paths.term(t.id), page: 'term-page' })),
    ...aliases.map((id) => ({ url: paths.term(id as TermId), page: 'term-page' })),
  ];

  const write = async (file: string, html: string) => {
    const target = path.join(outDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, html);
  };

  let pages = 0;
  let redirects = 0;
  for (const route of routes) {
    const result = await render(route.url, read);
    if (result.kind === 'redirect') {
      await write(htmlFileFor(route.url), redirectPage(result.location));
      redirects += 1;
      continue;
    }
    if (result.status !== 200) throw new Error(`prerender: ${route.url} rendered with status ${result.status}`);
    await write(htmlFileFor(route.url), fillTemplate(template, route.url, result, routeAssets(manifest, route.page), readStyle));
    pages += 1;
  }

  const notFound = await render('/404', read);
  if (notFound.kind !== 'page' || notFound.status !== 404) throw new Error('prerender: the not-found page did not render a 404');
  await write('404.html', fillTemplate(template, '/404', notFound, routeAssets(manifest, null), readStyle));

  const firstArticle = articles[0];
  const firstTerm = glossary.terms[0];
  const sizes = await measureRoutes(outDir, manifest, [
    { route: paths.library(), page: 'library-page' },
    { route: firstArticle ? paths.article(firstArticle.slug) : '/articles/:slug', page: 'article-page' },
    { route: paths.glossary(), page: 'glossary-page' },
    { route: firstTerm ? paths.term(firstTerm.id) : '/glossary/:term', page: 'term-page' },
    { route: paths.bookmarks(), page: 'bookmarks-page' },
    { route: paths.search(), page: 'search-page' },
  ]);
  return { pages, redirects, sizes };
}

/** Every page of the library and of each topic, as URLs, and every article listed on them. */
export async function readLibrary(read: ReadData): Promise<{ articles: ArticleSummary[]; libraryUrls: string[] }> {
  const articles: ArticleSummary[] = [];
  const libraryUrls: string[] = [];
  const first = (await read(dataPaths.library(1))) as LibraryData | null;
  if (!first) throw new Error(`prerender: ${dataPaths.library(1)} is missing`);
  for (const topic of [undefined, ...first.topics.map((t) => t.id)] as (TopicId | undefined)[]) {
    for (let page = 1, pages = 1; page <= pages; page += 1) {
      const data = (await read(dataPaths.library(page, topic))) as LibraryData | null;
      if (!data) throw new Error(`prerender: ${dataPaths.library(page, topic)} is missing`);
      pages = data.pages;
      libraryUrls.push(paths.library(topic, page));
      if (!topic) articles.push(...data.articles);
    }
  }
  return { articles, libraryUrls };
}

/** Where the build writes measurements; benchmarks point it elsewhere. */
export const reportDir = (): string => path.resolve(process.env.MINUTIAE_REPORT_DIR ?? 'reports');

/** Prerenders, prints what was written and the first-load sizes, and saves them to reports/route-sizes.json. */
export async function prerenderAndReport(outDir: string, ssrEntry: string): Promise<void> {
  const report = await prerenderSite(outDir, ssrEntry);
  console.log(`Prerendered ${report.pages} pages, ${report.redirects} alias redirects and 404.html`);
  console.log(formatSizeTable(report.sizes));
  await mkdir(reportDir(), { recursive: true });
  await writeFile(path.join(reportDir(), 'route-sizes.json'), `${JSON.stringify(report.sizes, null, 2)}\n`);
}
