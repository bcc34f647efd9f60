import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import type { ArticleSummary } from '../../src/shared/content-types.ts';
import { expect, test, watch, type PageProblems } from './fixtures.ts';
import { libraryOf } from './support/library.ts';
import { ownPort, servePreview, type PreviewServer } from './support/server.ts';

const run = promisify(execFile);

// The real library fits on one page of 20: this spec builds it with pages of 2 (3 pages, and 2 for "Techniques and tools").
test.describe.configure({ mode: 'serial' });

let work = '';
let server: PreviewServer;
let articles: ArticleSummary[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = await mkdtemp(path.join(tmpdir(), 'minutiae-pages-'));
  const dir = path.join(work, 'dist');
  await run('npx', ['tsx', 'scripts/build.ts'], { env: { ...process.env, MINUTIAE_OUT_DIR: dir, MINUTIAE_LIBRARY_PAGE_SIZE: '2', MINUTIAE_REPORT_DIR: path.join(work, 'reports') } });
  articles = (await libraryOf(dir)).articles;
  server = await servePreview(dir, ownPort(7));
});

test.afterAll(async () => {
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(browser: Browser, problems: PageProblems, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled });
  const page = await context.newPage();
  watch(page, problems);
  return page;
}

const titles = (page: Page) => page.locator('.article-list h2').allTextContents();
const pager = (page: Page) => page.getByRole('navigation', { name: 'Library pages' });

test('page through the library newest first, with Older/Newer and numbered links', async ({ browser, problems }) => {
  expect(articles.length).toBe(5);
  const newestFirst = articles.map((a) => a.title);
  const page = await open(browser, problems);
  await page.goto('/');
  await expect(page.getByText('5 articles, newest first · page 1 of 3')).toBeVisible();
  expect(await titles(page)).toEqual(newestFirst.slice(0, 2));
  await expect(pager(page).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await expect(pager(page).getByRole('link', { name: /Newer/ })).toHaveCount(0);

  await pager(page).getByRole('link', { name: /Older/ }).click();
  await expect(page).toHaveURL('/page/2');
  await expect(page).toHaveTitle('The library, page 2 · Minutiae');
  await expect(pager(page).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  expect(await titles(page)).toEqual(newestFirst.slice(2, 4));

  await pager(page).getByRole('link', { name: 'Page 3' }).click();
  await expect(page).toHaveURL('/page/3');
  await expect.poll(() => titles(page)).toEqual(newestFirst.slice(4));
  await expect(pager(page).getByRole('link', { name: /Older/ })).toHaveCount(0);

  await pager(page).getByRole('link', { name: /Newer/ }).click();
  await expect(page).toHaveURL('/page/2');
  // Back and forward work as with any other page.
  await page.goBack();
  await expect(page).toHaveURL('/page/3');
});

test('a topic has its own pages, and the filter and pager keep to it', async ({ browser, problems }) => {
  const inTopic = articles.filter((a) => a.topics.includes('techniques-and-tools' as never)).map((a) => a.title);
  const page = await open(browser, problems);
  await page.goto('/page/2');
  await page.getByRole('navigation', { name: 'Filter by topic' }).getByRole('link', { name: 'Techniques and tools' }).click();
  await expect(page).toHaveURL('/topics/techniques-and-tools');
  await expect(page.getByRole('heading', { level: 1, name: 'Techniques and tools' })).toBeVisible();
  await expect(page.getByText(`${inTopic.length} articles, newest first · page 1 of 2`)).toBeVisible();
  expect(await titles(page)).toEqual(inTopic.slice(0, 2));
  await pager(page).getByRole('link', { name: /Older/ }).click();
  await expect(page).toHaveURL('/topics/techniques-and-tools/page/2');
  await expect.poll(() => titles(page)).toEqual(inTopic.slice(2, 4));
  await page.getByRole('navigation', { name: 'Filter by topic' }).getByRole('link', { name: 'All topics' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'The library' })).toBeVisible();
});

test('every page is static HTML: it reads and pages without JavaScript', async ({ browser, problems }) => {
  const page = await open(browser, problems, false);
  await page.goto('/topics/techniques-and-tools/page/2');
  await expect(page.getByRole('heading', { level: 1, name: 'Techniques and tools' })).toBeVisible();
  await expect(pager(page).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await pager(page).getByRole('link', { name: /Newer/ }).click();
  await expect(page).toHaveURL('/topics/techniques-and-tools');
  await expect(pager(page).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
});

test('an old /?topic= link goes on to the topic page; a page past the end is not found', async ({ browser, problems }) => {
  const page = await open(browser, problems);
  await page.goto('/?topic=materials');
  await expect(page).toHaveURL('/topics/materials');
  await expect(page.getByRole('heading', { level: 1, name: 'Materials' })).toBeVisible();
  const response = await page.goto('/page/9');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  problems.allowNotFound();
});

test('the pager passes axe on a phone and on a desktop', async ({ browser, problems }) => {
  test.setTimeout(90_000);
  const page = await open(browser, problems);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/page/2');
    await page.waitForLoadState('networkidle');
    await expect(pager(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${width}: ${v.id} ${v.nodes[0]?.target.join(' ') ?? ''}`)).toEqual([]);
  }
});
