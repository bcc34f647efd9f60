import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const ROUTES = ['/', '/topics/materials', '/articles/materials-of-miniature-realism', '/glossary', '/glossary/platinum-cure-silicone', '/bookmarks', '/search?q=silicone', '/no/such/page'];

for (const [width, label] of [[390, 'phone'], [1280, 'desktop']] as const) {
  for (const theme of ['light', 'dark', 'sepia'] as const) {
    // Every rule in the light theme; the other themes change only colours, so they are checked for contrast.
    const rules = theme === 'light' ? null : ['color-contrast', 'link-in-text-block'];
    test(`axe finds no violations on any route: ${label}, ${theme}`, async ({ page, problems }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      if (theme === 'sepia') {
        await page.addInitScript(() => {
          if (!localStorage.getItem('minutiae:reading-data')) {
            localStorage.setItem('minutiae:reading-data', JSON.stringify({ state: { progress: {}, bookmarks: {}, preferences: { theme: 'sepia', updatedAt: 1 } }, version: 1 }));
          }
        });
      }
      for (const route of ROUTES) {
        await page.goto(route);
        await expect(page.locator('main h1')).toHaveCount(1);
        // Let hydration and stored data settle before judging colours and names.
        await page.waitForLoadState('networkidle');
        const axe = new AxeBuilder({ page });
        const results = await (rules ? axe.withRules(rules) : axe.withTags(TAGS)).analyze();
        const found = results.violations.map((v) => `${route}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
        expect(found, `${label} ${theme}`).toEqual([]);
      }
      problems.allowNotFound();
    });
  }
}

test('each page has one h1, landmarks and a working skip link', async ({ page }) => {
  await page.goto('/articles/the-human-touch');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('after client-side navigation focus moves to the new heading and the title is announced', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'The Human Touch: Why Handmade Detail Reads as Real' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /The Human Touch/ });
  await expect(heading).toBeFocused();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'The Human Touch' })).toHaveText(/The Human Touch.*· Minutiae/);
});

test('keyboard shortcuts: j/k move between sections, b bookmarks, g then l goes home, ? lists them; none fire while typing', async ({ page }) => {
  await page.goto('/articles/the-human-touch');
  // The shortcuts load just after the page becomes interactive.
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').click();
  await page.keyboard.press('j');
  const first = page.locator('main .section-heading > h2').first();
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  await page.keyboard.press('j');
  const second = page.locator('main .section-heading > :is(h2, h3)').nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('k');
  await expect(first).toBeFocused();

  await page.keyboard.press('b');
  const title = (await first.textContent()) ?? '';
  await expect(page.getByRole('button', { name: `Bookmark section: ${title}` })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Next section/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(page.getByRole('heading', { level: 1, name: 'The library' })).toBeVisible();

  // Typing in a field: no shortcut fires.
  await page.goto('/glossary');
  const filter = page.getByRole('searchbox').first();
  await filter.click();
  await filter.pressSequentially('gl?jb');
  await expect(filter).toHaveValue('gl?jb');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('each reader setting persists across reloads and is there on the first paint of a prerendered page', async ({ page, problems }) => {
  await page.goto('/articles/the-human-touch');
  await page.getByRole('button', { name: 'Reading settings' }).click();
  const panel = page.getByRole('group', { name: 'Reading settings' });
  await panel.getByRole('radio', { name: 'Sepia' }).check();
  await panel.getByRole('radio', { name: 'Largest' }).check();
  await panel.getByRole('radio', { name: 'Wide' }).check();
  await panel.getByRole('radio', { name: 'Sans-serif' }).check();

  // A fresh load: read the page as it is before any app script runs.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/glossary', { waitUntil: 'commit' });
  await page.waitForSelector('main h1');
  const first = await page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    size: document.documentElement.dataset.textSize,
    width: document.documentElement.dataset.lineWidth,
    font: document.documentElement.dataset.font,
    bg: getComputedStyle(document.body).backgroundColor,
    scale: getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim(),
  }));
  expect(first).toEqual({ theme: 'sepia', size: 'xxl', width: 'wide', font: 'sans', bg: 'rgb(244, 236, 216)', scale: '1.38' });
  await page.unroute('**/assets/*.js');
  problems.list = problems.list.filter((line) => !line.includes('net::ERR_FAILED'));

  await page.goto('/articles/the-human-touch');
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(page.getByRole('radio', { name: 'Sepia' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Largest' })).toBeChecked();
});

test('changing the text size keeps the reader at the same place', async ({ page }) => {
  await page.goto('/articles/the-human-touch#dry-brushing');
  const heading = page.getByRole('heading', { name: 'Dry brushing' });
  // Wait for the jump to the section (and any smooth scrolling) to settle.
  const settledTop = async () => {
    const a = await heading.evaluate((el) => el.getBoundingClientRect().top);
    await page.waitForTimeout(250);
    const b = await heading.evaluate((el) => el.getBoundingClientRect().top);
    return a === b ? b : Number.POSITIVE_INFINITY;
  };
  await expect.poll(settledTop, { timeout: 10_000 }).toBeLessThan(200);
  const before = await heading.evaluate((el) => el.getBoundingClientRect().top);
  // Playwright's own scroll-into-view before a click would move the page; a reader's click does not.
  await page.getByRole('button', { name: 'Reading settings' }).dispatchEvent('click');
  await page.getByRole('radio', { name: 'Largest' }).dispatchEvent('click');
  await page.getByRole('radio', { name: 'Narrow' }).dispatchEvent('click');
  await expect(page.getByRole('radio', { name: 'Narrow' })).toBeChecked();
  await page.waitForTimeout(300);
  const after = await heading.evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThan(60);
});

test('works at 320 px wide and at 200% zoom without sideways scrolling', async ({ page }) => {
  for (const [width, zoom] of [[320, 1], [640, 2]] as const) {
    await page.setViewportSize({ width: Math.round(width / zoom), height: 700 });
    for (const route of ['/', '/articles/materials-of-miniature-realism', '/glossary', '/bookmarks']) {
      await page.goto(route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${route} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});

test('printing an article gives the text without navigation or buttons, with link targets', async ({ page }) => {
  await page.goto('/articles/the-discipline-of-small-work');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Bookmark section/ }).first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const after = await page.locator('.prose a[href^="/articles/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/articles/');
});
