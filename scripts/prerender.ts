/**
 * Writes static HTML for every route into dist/, from the SSR build of src/app/entry-server.tsx,
 * then reports the gzip size of what each route loads before it is interactive.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GlossaryData, LibraryData } from '../src/shared/content-types.ts';
import type { TermId } from '../src/shared/ids.ts';
import { paths } from '../src/shared/paths.ts';
import { routeAssets, type ViteManifest } from '../src/node/prerender/route-assets.ts';
import { fillTemplate, htmlFileFor, redirectPage } from '../src/node/prerender/html.ts';
import { formatSizeTable, measureRoutes } from '../src/node/prerender/sizes.ts';

const root = process.cwd();
const dist = path.join(root, 'dist');
const ssrEntry = path.join(root, 'dist-ssr', 'entry-server.js');

type RenderModule = typeof import('../src/app/entry-server.tsx');

async function main() {
  const { render } = (await import(pathToFileURL(ssrEntry).href)) as RenderModule;
  const template = await readFile(path.join(dist, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
  const read = async (url: string) => {
    try {
      return JSON.parse(await readFile(path.join(dist, url), 'utf8')) as unknown;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };

  const library = (await read('/data/library.json')) as LibraryData;
  const glossary = (await read('/data/glossary.json')) as GlossaryData;
  const aliasFiles = (await readdir(path.join(dist, 'data', 'terms'))).map((f) => f.replace(/\.json$/, ''));
  const termIds = new Set<string>(glossary.terms.map((t) => t.id));

  const routes: { url: string; page: string }[] = [
    { url: paths.library(), page: 'library-page' },
    { url: paths.glossary(), page: 'glossary-page' },
    { url: paths.bookmarks(), page: 'bookmarks-page' },
    ...library.articles.map((a) => ({ url: paths.article(a.slug), page: 'article-page' })),
    ...glossary.terms.map((t) => ({ url: paths.term(t.id), page: 'term-page' })),
    ...aliasFiles.filter((id) => !termIds.has(id)).map((id) => ({ url: paths.term(id as TermId), page: 'term-page' })),
  ];

  let pages = 0;
  let redirects = 0;
  const write = async (file: string, html: string) => {
    const target = path.join(dist, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, html);
  };

  for (const route of routes) {
    const result = await render(route.url, read);
    if (result.kind === 'redirect') {
      await write(htmlFileFor(route.url), redirectPage(result.location));
      redirects += 1;
      continue;
    }
    if (result.status !== 200) throw new Error(`prerender: ${route.url} rendered with status ${result.status}`);
    await write(htmlFileFor(route.url), fillTemplate(template, route.url, result, routeAssets(manifest, route.page)));
    pages += 1;
  }

  const notFound = await render('/404', read);
  if (notFound.kind !== 'page' || notFound.status !== 404) throw new Error('prerender: the not-found page did not render a 404');
  await write('404.html', fillTemplate(template, '/404', notFound, routeAssets(manifest, null)));

  console.log(`prerendered ${pages} pages, ${redirects} alias redirects and 404.html`);

  const firstArticle = library.articles[0];
  const firstTerm = glossary.terms[0];
  const sizes = await measureRoutes(dist, manifest, [
    { route: paths.library(), page: 'library-page' },
    { route: firstArticle ? paths.article(firstArticle.slug) : '/articles/:slug', page: 'article-page' },
    { route: paths.glossary(), page: 'glossary-page' },
    { route: firstTerm ? paths.term(firstTerm.id) : '/glossary/:term', page: 'term-page' },
    { route: paths.bookmarks(), page: 'bookmarks-page' },
  ]);
  console.log(formatSizeTable(sizes));
  await mkdir(path.join(root, 'reports'), { recursive: true });
  await writeFile(path.join(root, 'reports', 'route-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
