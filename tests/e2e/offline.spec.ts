import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { GlossaryData } from '../../src/shared/content-types.ts';
import { expect, test, watch } from './fixtures.ts';
import { libraryOf } from './support/library.ts';
import { outDir, ownPort, servePreview, waitUntilOfflineReady } from './support/server.ts';

const run = promisify(execFile);

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(outDir, file), 'utf8')) as T;
}

test('after one visit, every article, term and page opens by direct URL with the server down', async ({ browser, problems }) => {
  // Opens some fifty pages one after another.
  test.setTimeout(240_000);
  const server = await servePreview(outDir, ownPort(1));
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  watch(page, problems);
  try {
    await page.goto('/');
    await waitUntilOfflineReady(page, outDir);
  } finally {
    await server.stop();
  }
  // A real outage: nothing answers on the port any more.
  await expect(fetch(server.url)).rejects.toThrow();

  const library = await libraryOf(outDir);
  const glossary = await readJson<GlossaryData>('data/glossary.json');
  for (const article of library.articles) {
    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  }
  for (const term of glossary.terms) {
    await page.goto(`/glossary/${term.id}`);
    await expect(page.getByRole('heading', { level: 1, name: term.term })).toBeVisible();
  }
  const first = library.articles[0];
  if (!first) throw new Error('the library is empty');
  await page.goto(`/articles/${first.slug}#${(await readJson<{ sections: { id: string }[] }>(`data/articles/${first.slug}.json`)).sections[1]?.id ?? ''}`);
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();

  // The reader's data works offline too: bookmark a section, read on, reload.
  const toggle = page.getByRole('button', { name: /^Bookmark section: / }).first();
  const bookmarked = ((await toggle.getAttribute('aria-label')) ?? '').replace('Bookmark section: ', '');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.locator('main h1').hover();
  for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, 900);
  const progress = page.getByRole('progressbar', { name: 'Reading progress' });
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(5);
  await page.reload();
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(5);
  await page.goto('/bookmarks');
  await expect(page.getByRole('link', { name: bookmarked }).first()).toBeVisible();

  for (const [url, heading] of [['/', 'The library'], ['/topics/materials', 'Materials'], ['/glossary', 'Glossary'], ['/bookmarks', 'Bookmarks'], ['/no/such/page', 'Page not found']] as const) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  // Client-side navigation reads route data from the precache too.
  await page.goto('/');
  await page.getByRole('link', { name: first.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();

  await expect(page.getByTestId('offline-availability')).toContainText('Available offline');
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: "You're offline" })).toBeVisible();
  await context.close();
});

test('a new deploy shows a reload prompt; reloading lands where the reader was', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  // A second build of the same site with one article changed: a new deploy.
  const work = await mkdtemp(path.join(tmpdir(), 'minutiae-deploy-'));
  const content = path.join(work, 'content');
  await cp('content', content, { recursive: true });
  const articleFile = path.join(content, 'articles', 'the-discipline-of-small-work.md');
  await writeFile(articleFile, (await readFile(articleFile, 'utf8')).replace(/^title: .*$/m, 'title: "The Discipline of Small Work, Revised"'));
  const nextBuild = path.join(work, 'dist');
  await run('npx', ['tsx', 'scripts/build.ts'], { env: { ...process.env, MINUTIAE_CONTENT_DIR: content, MINUTIAE_OUT_DIR: nextBuild, MINUTIAE_REPORT_DIR: path.join(work, 'reports') } });

  const port = ownPort(2);
  let server = await servePreview(outDir, port);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  watch(page, problems);
  try {
    await page.goto('/articles/the-discipline-of-small-work');
    await waitUntilOfflineReady(page, outDir);
    await page.evaluate(() => window.scrollTo(0, 2400));
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => window.scrollY);

    await server.stop();
    server = await servePreview(nextBuild, port);
    // What the app does hourly and whenever the tab becomes visible again.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('alert').filter({ hasText: 'New version available' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await notice.getByRole('button', { name: 'Reload' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'The Discipline of Small Work, Revised' })).toBeVisible({ timeout: 20_000 });
    await expect(page).toHaveURL(/\/articles\/the-discipline-of-small-work$/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 200);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 200);
  } finally {
    await server.stop();
    await context.close();
  }
});
