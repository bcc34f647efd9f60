import type { Page } from '@playwright/test';
import { expect, test, watch } from './fixtures.ts';
import { outDir, ownPort, precachedUrls, servePreview, waitUntilOfflineReady } from './support/server.ts';

/** A word written once, in the body of a section two thirds into an article (not in any heading). */
const WORD = 'knuckles';
const ARTICLE = 'The Human Touch';
const SECTION = { id: 'layered-pigment', heading: 'Layered pigment' };

const INDEX = '/data/search/index.json';
/** The shard of the index holding words that start with k. */
const SHARD = '/data/search/words-k.json';
const combobox = (page: Page) => page.getByRole('combobox', { name: 'Search articles and the glossary' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search' });

/** Waits until the client has taken over the prerendered page (shortcuts need its listeners). */
async function hydrated(page: Page) {
  await expect(searchButton(page)).toBeVisible();
}

test('a word from the middle of an article finds its section and lands on it', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === INDEX || pathname.startsWith('/data/search/words-')) indexRequests.push(pathname);
  });
  await page.goto('/');
  await hydrated(page);
  expect(indexRequests, 'the index loads only when search opens').toEqual([]);

  await searchButton(page).click();
  await expect(dialog(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await combobox(page).fill(WORD);

  const first = page.getByRole('option').first();
  await expect(first).toContainText(SECTION.heading);
  await expect(first).toContainText(ARTICLE);
  await expect(first.locator('mark')).toHaveText(WORD);
  // The index once, and of its words only the shard the query needs.
  expect(indexRequests).toEqual([INDEX, SHARD]);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/articles/the-human-touch#${SECTION.id}`);
  await expect(dialog(page)).toBeHidden();
  const heading = page.getByRole('heading', { level: 3, name: SECTION.heading });
  await expect(heading).toBeInViewport();
  // The word itself is in that section's text, on screen below its heading.
  await expect(page.locator('.prose').getByText(WORD, { exact: false })).toBeInViewport();
});

test('keyboard: / and Ctrl+K open, arrows move, Enter opens, Escape closes and gives focus back', async ({ page }) => {
  await page.goto('/articles/materials-of-miniature-realism');
  await hydrated(page);
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  const tocLink = toc.getByRole('link').first();
  await tocLink.focus();

  await page.keyboard.press('/');
  const input = combobox(page);
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('');
  await page.keyboard.type('silicone');
  await expect(page.getByRole('link', { name: 'All results for “silicone”' })).toBeVisible();
  const options = page.getByRole('option');
  await expect(options.nth(2)).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  const activeId = () => input.getAttribute('aria-activedescendant');
  expect(await activeId()).toBe(await options.nth(0).getAttribute('id'));

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await activeId()).toBe(await options.nth(2).getAttribute('id'));
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'false');

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(tocLink).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type('platinum cure silicone');
  // Results trail the typing: read the option only once they answer the whole query.
  await expect(page.getByRole('link', { name: 'All results for “platinum cure silicone”' })).toBeVisible();
  const target = page.getByRole('option').nth(1);
  await expect(target).toBeVisible();
  const label = (await target.locator('.search-hit__label').textContent()) ?? '';
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: label }).first()).toBeInViewport();
});

test('shortcuts do not fire while typing in a field', async ({ page }) => {
  await page.goto('/search');
  await hydrated(page);
  const field = page.getByRole('searchbox', { name: 'Search articles and the glossary' });
  await field.click();
  await page.keyboard.type('1/12');
  await page.keyboard.press('Control+k');
  await expect(field).toHaveValue('1/12');
  await expect(dialog(page)).toBeHidden();
});

test('/search?q= is a page of its own: it survives a reload and forgives a typo', async ({ page }) => {
  await page.goto('/search?q=knukles');
  await expect(page).toHaveTitle('Search · Minutiae');
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('link', { name: SECTION.heading })).toHaveAttribute('href', `/articles/the-human-touch#${SECTION.id}`);
  await expect(results.locator('mark').first()).toHaveText(WORD);

  const field = page.getByRole('searchbox', { name: 'Search articles and the glossary' });
  await field.fill('silcone');
  await expect(page).toHaveURL('/search?q=silcone');
  await page.reload();
  await expect(field).toHaveValue('silcone');
  await expect(results.getByRole('link', { name: 'Platinum-cure silicone', exact: true })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/silicone/i);

  await results.getByRole('link', { name: 'Platinum-cure silicone', exact: true }).click();
  await expect(page).toHaveURL('/glossary/platinum-cure-silicone');
  await expect(page.getByRole('heading', { level: 1, name: 'Platinum-cure silicone' })).toBeVisible();
});

test('the prerendered search page has no query in it, and links from the dialog to all results', async ({ page, request }) => {
  const html = await (await request.get('/search?q=resin')).text();
  expect(html).toContain('<title>Search · Minutiae</title>');
  expect(html).not.toContain('value="resin"');

  await page.goto('/glossary');
  await hydrated(page);
  await page.keyboard.press('/');
  await combobox(page).fill('resin');
  await page.getByRole('link', { name: 'All results for “resin”' }).click();
  await expect(page).toHaveURL('/search?q=resin');
  await expect(page.getByRole('searchbox', { name: 'Search articles and the glossary' })).toHaveValue('resin');
  await expect.poll(() => page.getByRole('list', { name: 'Results' }).getByRole('listitem').count()).toBeGreaterThan(8);
});

test('search works with the server stopped, once the app has been visited', async ({ browser, problems }) => {
  test.setTimeout(90_000);
  const precached = await precachedUrls(outDir);
  for (const file of ['data/search/index.json', 'data/search/words-k.json', 'data/search/text/the-human-touch.json']) expect(precached).toContain(file);
  const server = await servePreview(outDir, ownPort(10));
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  watch(page, problems);
  try {
    await page.goto('/');
    await hydrated(page);
    await waitUntilOfflineReady(page, outDir);
    await server.stop();

    await page.keyboard.press('/');
    await combobox(page).fill(WORD);
    await expect(page.getByRole('option').first()).toContainText(SECTION.heading);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/articles/the-human-touch#${SECTION.id}`);
    await expect(page.getByRole('heading', { level: 3, name: SECTION.heading })).toBeInViewport();
  } finally {
    await server.stop().catch(() => {});
    await context.close();
  }
});
