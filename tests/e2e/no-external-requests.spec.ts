import type { BrowserContext, Page } from '@playwright/test';
import { slug } from 'github-slugger';
import type { GlossaryData, LibraryData } from '../../src/shared/content-types.ts';
import { dataPaths } from '../../src/shared/paths.ts';
import { expect, test } from './fixtures.ts';

/** Schemes that never reach a network: inline data and in-page objects. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** Every URL the pages of a context (and its service worker) ask for that is not on `origin`. */
function recordForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin) foreign.push(`${request.resourceType()} ${request.url()}`);
  });
  return foreign;
}

/** Waits for the client to take over the prerendered page and for its idle-time fetches to finish. */
async function settle(page: Page) {
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('no page, font, image, script or service worker request leaves the origin', async ({ page, context, baseURL, request, problems }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign = recordForeignRequests(context, origin);
  const library = (await (await request.get(dataPaths.library(1))).json()) as LibraryData;
  const glossary = (await (await request.get('/data/glossary.json')).json()) as GlossaryData;
  const article = library.articles[0];
  const term = glossary.terms[0];
  if (!article || !term) throw new Error('the build has no article or no term to visit');
  // An alias URL is a redirect page of its own.
  let alias: string | undefined;
  for (const candidate of glossary.terms.flatMap((t) => t.aliases.map((a) => slug(a)))) {
    const data = await request.get(`/data/terms/${candidate}.json`);
    if (data.ok() && 'redirect' in ((await data.json()) as object)) {
      alias = candidate;
      break;
    }
  }

  const routes = ['/', `/articles/${article.slug}`, '/glossary', `/glossary/${term.id}`, '/bookmarks', '/search?q=resin', ...(alias ? [`/glossary/${alias}`] : [])];
  for (const route of routes) {
    await page.goto(route);
    await settle(page);
  }

  // What loads only on use: the reader scrolled to the end (progress), a glossary preview, search.
  await page.goto(`/articles/${article.slug}`);
  await settle(page);
  await page.mouse.wheel(0, 100_000);
  const termLink = page.locator('main a[href^="/glossary/"]').first();
  if (await termLink.count()) await termLink.hover();
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await page.getByRole('combobox', { name: 'Search articles and the glossary' }).fill('silicone');
  await page.waitForLoadState('networkidle');

  // A missing page is served too, and must be as self-contained.
  await page.goto('/articles/no-such-article');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  problems.allowNotFound();

  expect(foreign, 'requests that left the origin').toEqual([]);
});

test('the served HTML and CSS reference no other origin for fonts, images, scripts or styles', async ({ request }) => {
  const served = await (await request.get('/')).text();
  // The loader at the end of the body adds the app's scripts and the links nothing on screen needs.
  const [entry, preloads, links] = JSON.parse(/\.apply\(null,(.*)\);<\/script>/.exec(served)?.[1] ?? 'null') as [string, string[], string];
  const html = `${served}${links}`;
  // Anything the browser fetches by itself: scripts, stylesheets, preloads, icons, images, the manifest.
  const fetched = [entry, ...preloads, ...[...html.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*\b(?:src|href|srcset)="([^"]+)"/g)].map((m) => m[1] ?? '')];
  expect(fetched.length).toBeGreaterThan(3);
  expect(fetched.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url))).toEqual([]);

  // The page's styles are inlined; the (disabled) links name the same files, which lazy chunks may load.
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  expect(inline.length).toBeGreaterThan(0);
  const sheets = [...inline.map((css, i) => ({ name: `inline style ${i + 1}`, css })), ...(await Promise.all(stylesheets.map(async (name) => ({ name, css: await (await request.get(name)).text() }))))];
  for (const { name, css } of sheets) {
    const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+)/g), ...css.matchAll(/@import\s+['"]([^'"]+)/g)].map((m) => m[1] ?? '');
    expect(urls.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url)), name).toEqual([]);
  }
});
