import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ARTICLE = '/articles/materials-of-miniature-realism';
const TPE_SHORT = /^Thermoplastic elastomer: a soft, rubber-like polymer/;

/** The paragraph of the article that opens "What soft polymers changed": "… the field: TPE, short for …". */
const softPolymers = (page: Page) => page.locator('.prose p').filter({ hasText: 'Two materials reshaped the field' });

async function expectInViewport(page: Page, card: Locator) {
  const box = await card.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

test('article → keyboard preview of a term → term page → “Mentioned in” → back at the right section', async ({ page }) => {
  await page.goto(ARTICLE);
  const paragraph = softPolymers(page);
  const tpe = paragraph.getByRole('link', { name: 'TPE', exact: true });
  await expect(tpe).toHaveAccessibleDescription(TPE_SHORT);

  // Keyboard: from the next term back to TPE.
  await paragraph.getByRole('link', { name: 'platinum-cure silicone' }).focus();
  await expect(page.getByRole('group', { name: 'Platinum-cure silicone' })).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(tpe).toBeFocused();
  const card = page.getByRole('group', { name: 'TPE' });
  await expect(card).toBeVisible();
  await expect(card).toHaveAccessibleDescription(TPE_SHORT);
  await expect(card.getByRole('link', { name: 'Read the full entry on TPE' })).toHaveAttribute('href', '/glossary/tpe');
  await expect(page.getByRole('group')).toHaveCount(1);
  await expectInViewport(page, card);

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(tpe).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/glossary/tpe');
  await expect(page.getByRole('heading', { level: 1, name: 'TPE' })).toBeVisible();
  await expect(page).toHaveTitle('TPE · Minutiae');

  const mentions = page.getByRole('region', { name: 'Mentioned in' });
  await expect(mentions.getByRole('link', { name: 'Materials of Miniature Realism' })).toBeVisible();
  await mentions.getByRole('list', { name: 'Sections of Materials of Miniature Realism' }).getByRole('link', { name: 'Durability and feel' }).click();
  await expect(page).toHaveURL(`${ARTICLE}#durability-and-feel`);
  const heading = page.getByRole('heading', { name: 'Durability and feel' });
  await expect(heading).toBeInViewport();
  // Below the sticky header, near the top: the section, not just somewhere on screen.
  await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(220);
  expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(40);
});

test('a mouse previews after a short delay, without moving any text, and moving away closes the card', async ({ page }) => {
  await page.goto(ARTICLE);
  const paragraph = softPolymers(page);
  const tpe = paragraph.getByRole('link', { name: 'TPE', exact: true });
  await tpe.scrollIntoViewIfNeeded();
  const before = await paragraph.boundingBox();

  await tpe.hover();
  const card = page.getByRole('group', { name: 'TPE' });
  await expect(card).toBeHidden(); // not at once: passing over text stays quiet
  await expect(card).toBeVisible();
  expect(await paragraph.boundingBox()).toEqual(before);
  await expectInViewport(page, card);

  // The pointer can cross to the card and use its link.
  await card.hover();
  await page.waitForTimeout(400);
  await expect(card).toBeVisible();

  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  expect(await paragraph.boundingBox()).toEqual(before);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first tap previews, inside the screen, and the card’s link opens the entry', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = softPolymers(page).getByRole('link', { name: 'platinum-cure silicone' });
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const card = page.getByRole('group', { name: 'Platinum-cure silicone' });
    await expect(card).toBeVisible();
    await expect(page).toHaveURL(ARTICLE);
    await expectInViewport(page, card);

    await card.getByRole('link', { name: /Read the full entry/ }).tap();
    await expect(page).toHaveURL('/glossary/platinum-cure-silicone');
    await expect(page.getByRole('heading', { level: 1, name: 'Platinum-cure silicone' })).toBeVisible();
  });

  test('a tap elsewhere closes the preview', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = softPolymers(page).getByRole('link', { name: 'TPE', exact: true });
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const card = page.getByRole('group', { name: 'TPE' });
    await expect(card).toBeVisible();
    await page.getByRole('heading', { name: 'What soft polymers changed' }).tap();
    await expect(card).toBeHidden();
    await expect(page).toHaveURL(ARTICLE);
  });
});

test('the filter narrows the index as you type, in either arrangement', async ({ page }) => {
  await page.goto('/glossary');
  const terms = page.getByRole('term').getByRole('link');
  const total = await terms.count();
  expect(total).toBeGreaterThan(30);
  const count = page.getByRole('status').filter({ hasText: /terms?\b/ });
  await expect(count).toHaveText(`${total} terms`);

  const filter = page.getByRole('searchbox', { name: 'Filter terms' });
  await filter.focus();
  await page.keyboard.type('silic');
  // By topic: Materials, then Techniques and tools. A name, an alias or a definition may match.
  await expect(terms).toHaveText(['Hybrid blend', 'Platinum-cure silicone', 'Controlled curing']);
  await expect(count).toHaveText(`3 of ${total} terms match`);
  await expect(page.getByRole('term').first()).toContainText('also “resin-silicone blend”');

  await page.keyboard.type('one platinum');
  await expect(terms).toHaveText(['Platinum-cure silicone']);

  // An alias finds its term, and says so.
  await filter.fill('hard plastic');
  await expect(terms).toHaveText(['Rigid plastics']);
  await expect(page.getByRole('term')).toContainText('also “hard plastic”');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'By topic' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // A–Z
  await expect(page.getByRole('button', { name: 'A–Z' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['R']);

  await filter.fill('');
  await expect(terms).toHaveCount(total);
  const letters = page.getByRole('navigation', { name: 'Jump to letter' });
  await letters.getByRole('link', { name: 'W', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'W' })).toBeInViewport();

  await filter.fill('nothing like this');
  await expect(terms).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear the filter' }).click();
  await expect(filter).toBeFocused();
  await expect(terms).toHaveCount(total);
});

test('a topic heading leads to the library filtered by that topic', async ({ page }) => {
  await page.goto('/glossary');
  await page.getByRole('heading', { level: 2, name: 'Proportion and scale' }).getByRole('link').click();
  await expect(page).toHaveURL('/topics/proportion-and-scale');
  await expect(page.getByRole('heading', { level: 1, name: 'Proportion and scale' })).toBeVisible();
});

test('an alias in the URL redirects to the term’s own page', async ({ page }) => {
  await page.goto('/glossary/thermoplastic-elastomer');
  await expect(page).toHaveURL('/glossary/tpe');
  await expect(page.getByRole('heading', { level: 1, name: 'TPE' })).toBeVisible();
  await expect(page.getByText('Also called thermoplastic elastomer', { exact: true })).toBeVisible();
});

test('an unknown term shows the not-found page', async ({ page, problems }) => {
  const response = await page.goto('/glossary/no-such-term');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Minutiae');
  problems.allowNotFound();
});
