import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { scrollThroughText, scrollToEnd, storedData } from './support/reading-data.ts';

const ARTICLE = '/articles/materials-of-miniature-realism';
const TITLE = 'Materials of Miniature Realism';

const progressValue = async (page: Page) => Number(await page.getByRole('progressbar', { name: 'Reading progress' }).getAttribute('aria-valuenow'));
const currentSection = (page: Page) => page.getByRole('navigation', { name: 'Table of contents' }).locator('a[aria-current="location"]');
/** To the library by address: clicking the sticky header link makes Playwright scroll the page first, which would move the reader. */
const openLibrary = (page: Page) => page.goto('/');
const card = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

test('prerendered HTML carries no stored state: no progress bar or bookmark buttons before hydration', async ({ request }) => {
  // The markup only: the inlined styles in the head name these attributes in their selectors.
  const markup = (html: string) => html.slice(html.indexOf('<div id="root">'), html.indexOf('<script>window.__staticRouterHydrationData'));
  const html = markup(await (await request.get(ARTICLE)).text());
  expect(html).toContain('<h1');
  expect(html).not.toContain('role="progressbar"');
  expect(html).not.toContain('aria-pressed');
  const library = markup(await (await request.get('/')).text());
  expect(library).not.toContain('Not started');
  expect(library).not.toContain('Continue reading');
});

test('scroll to about 60%, reload: same section, about 60%', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', '0');
  await scrollThroughText(page, 0.6);
  await expect.poll(() => progressValue(page)).toBeGreaterThanOrEqual(50);
  const before = await progressValue(page);
  expect(before).toBeLessThanOrEqual(70);
  const section = (await currentSection(page).textContent()) ?? '';
  expect(section).not.toBe('');
  // The position is written when the page goes away, debounce or not.
  await page.reload();
  await expect.poll(() => progressValue(page)).toBeGreaterThanOrEqual(before - 1);
  expect(await progressValue(page)).toBeLessThanOrEqual(before + 1);
  await expect(currentSection(page)).toHaveText(section);
  await expect(page.getByRole('heading', { level: 2, name: section.replace(/ \(read\)$/, '') }).or(page.getByRole('heading', { level: 3, name: section.replace(/ \(read\)$/, '') }))).toBeInViewport();
  // Sections above are marked read in the contents.
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(toc.getByRole('link', { name: 'From rigid plastics to elastomers (read)' })).toBeVisible();
  await expect(page.getByText(/\d+ min left/)).toBeVisible();
});

test('a #section in the URL wins over the saved position', async ({ page }) => {
  await page.goto(ARTICLE);
  await scrollThroughText(page, 0.7);
  await expect.poll(() => progressValue(page)).toBeGreaterThan(55);
  await page.goto('/');
  await page.goto(`${ARTICLE}#what-hard-materials-offered`);
  await expect(page.getByRole('heading', { name: 'What hard materials offered' })).toBeInViewport();
  await page.waitForTimeout(300);
  await expect(page.getByRole('heading', { name: 'What hard materials offered' })).toBeInViewport();
});

test('following a link to a #section of an unread article does not start it', async ({ page }) => {
  await page.goto(`${ARTICLE}#what-hard-materials-offered`);
  await expect(page.getByRole('heading', { name: 'What hard materials offered' })).toBeInViewport();
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', '0');
  await openLibrary(page);
  await expect(card(page, TITLE)).toContainText('Not started');
  await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0);
});

test('finish an article: "Finished" in the library; others say "Not started"; reset makes it unread', async ({ page }) => {
  await page.goto(ARTICLE);
  await scrollToEnd(page);
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', '100');
  await openLibrary(page);
  await expect(card(page, TITLE)).toContainText('Finished');
  await expect(card(page, 'The Discipline of Small Work')).toContainText('Not started');
  // A finished article is not on the "Continue reading" shelf.
  await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0);

  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('button', { name: 'Mark as unread' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked as unread.' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', '0');
  await openLibrary(page);
  await expect(card(page, TITLE)).toContainText('Not started');
});

test('"Continue reading" lists unfinished articles, most recent first, and returns to the saved position', async ({ page }) => {
  await page.goto('/articles/the-human-touch');
  await scrollThroughText(page, 0.3);
  await expect.poll(() => progressValue(page)).toBeGreaterThan(20);
  await page.goto(ARTICLE);
  await scrollThroughText(page, 0.5);
  await expect.poll(() => progressValue(page)).toBeGreaterThan(40);
  const saved = await progressValue(page);
  const section = (await currentSection(page).textContent()) ?? '';

  await openLibrary(page);
  const shelf = page.getByRole('region', { name: 'Continue reading' });
  await expect(shelf.getByRole('link')).toHaveCount(2);
  await expect(shelf.getByRole('link').first()).toContainText(TITLE);
  await expect(shelf.getByRole('link').nth(1)).toContainText('The Human Touch');
  await expect(card(page, TITLE)).toContainText(/\d+% read/);

  await shelf.getByRole('link', { name: new RegExp(TITLE) }).click();
  await expect(page).toHaveURL(ARTICLE);
  await expect.poll(() => progressValue(page)).toBeGreaterThanOrEqual(saved - 1);
  expect(await progressValue(page)).toBeLessThanOrEqual(saved + 1);
  await expect(currentSection(page)).toHaveText(section);
  expect((await storedData(page))?.version).toBe(1);
});
