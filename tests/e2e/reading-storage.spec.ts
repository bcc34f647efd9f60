import { expect, test } from './fixtures.ts';
import { sectionBookmark, seedStorage, STORAGE_KEY, storedData } from './support/reading-data.ts';

const ARTICLE = '/articles/materials-of-miniature-realism';
const SECTION = 'Why TPE holds detail';
const RECOVERED = /Some of your saved reading data could not be read/;
const UNSAVED = /This browser is not letting Minutiae save right now/;

test('invalid JSON in storage: the app renders, says so once, and keeps a copy', async ({ page }) => {
  await seedStorage(page, '{"state": {"bookmarks": {"oops"');
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1, name: 'Materials of Miniature Realism' })).toBeVisible();
  await expect(page.getByText(RECOVERED)).toBeVisible();
  const backups = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)).map((k) => localStorage.getItem(k)), STORAGE_KEY);
  expect(backups).toEqual(['{"state": {"bookmarks": {"oops"']);
  // Everything still works, and the repaired data is saved over the broken value.
  await (await sectionBookmark(page, SECTION)).click();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText(RECOVERED)).toHaveCount(0);
  await page.reload();
  await expect(await sectionBookmark(page, SECTION)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(RECOVERED)).toHaveCount(0);
  expect((await storedData(page))?.version).toBe(1);
});

test('a wrong shape keeps the valid items and says so', async ({ page }) => {
  const now = Date.now();
  await seedStorage(
    page,
    JSON.stringify({
      version: 1,
      state: {
        progress: 'not a record',
        bookmarks: {
          good: { article: 'materials-of-miniature-realism', articleTitle: 'Materials of Miniature Realism', section: 'why-tpe-holds-detail', heading: SECTION, note: 'kept', createdAt: now, updatedAt: now, removed: false },
          bad: { article: 42, section: null },
        },
        preferences: [],
      },
    }),
  );
  await page.goto('/bookmarks');
  await expect(page.getByText(RECOVERED)).toBeVisible();
  await expect(page.getByRole('link', { name: SECTION })).toBeVisible();
  await expect(page.getByText('kept', { exact: true })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'The library' })).toBeVisible();
});

test('data from an unknown future version is salvaged with a notice', async ({ page }) => {
  await seedStorage(page, JSON.stringify({ version: 99, state: { bookmarks: [], somethingNew: true } }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'The library' })).toBeVisible();
  await expect(page.getByText(RECOVERED)).toBeVisible();
});

test('a throwing setItem keeps the app working in memory and says so once', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(ARTICLE);
  await (await sectionBookmark(page, SECTION)).click();
  await expect(page.getByText(UNSAVED)).toBeVisible();
  await (await sectionBookmark(page, 'What hard materials offered')).click();
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, 3000);
  await expect.poll(async () => Number(await page.getByRole('progressbar', { name: 'Reading progress' }).getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await page.waitForTimeout(700);
  await expect(page.getByText(UNSAVED)).toHaveCount(1);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookmarks' }).click();
  await expect(page.getByRole('region', { name: 'Materials of Miniature Realism' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText(UNSAVED)).toHaveCount(1);
});
