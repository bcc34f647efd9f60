import { expect, test, watch } from './fixtures.ts';
import { sectionBookmark, seedStorage, STORAGE_KEY } from './support/reading-data.ts';

const ARTICLE = '/articles/materials-of-miniature-realism';
const SECTION = 'Why TPE holds detail';
const SECTION_ID = 'why-tpe-holds-detail';

test('bookmark a section, reload, find it on /bookmarks with a note, and follow it', async ({ page }) => {
  await page.goto(ARTICLE);
  const toggle = await sectionBookmark(page, SECTION);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(await sectionBookmark(page, SECTION)).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookmarks' }).click();
  const group = page.getByRole('region', { name: 'Materials of Miniature Realism' });
  const link = group.getByRole('link', { name: SECTION });
  await expect(link).toHaveAttribute('href', `${ARTICLE}#${SECTION_ID}`);

  // Notes are plain text: markup typed into one is shown as typed, never rendered.
  await group.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: `Note for “${SECTION}”` }).fill('Try <img src=x onerror="window.pwned=1"> <b>TPE</b> first');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(group.getByText('Try <img src=x onerror="window.pwned=1"> <b>TPE</b> first')).toBeVisible();
  await expect(group.locator('img, b')).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('<b>TPE</b> first', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);

  await page.getByRole('link', { name: SECTION }).click();
  await expect(page).toHaveURL(`${ARTICLE}#${SECTION_ID}`);
  await expect(page.getByRole('heading', { name: SECTION })).toBeInViewport();
});

test('bookmarks are listed newest first, grouped by article; remove with undo; empty state', async ({ page }) => {
  await page.goto('/bookmarks');
  await expect(page.getByText('No bookmarks yet.')).toBeVisible();
  await expect(page.getByText(/select the bookmark button/)).toBeVisible();

  await page.goto(ARTICLE);
  await (await sectionBookmark(page, 'What hard materials offered')).click();
  await (await sectionBookmark(page, SECTION)).click();
  await page.goto('/articles/the-human-touch');
  await (await sectionBookmark(page, 'Silicone')).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookmarks' }).click();

  const groups = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(groups).toHaveText(['The Human Touch: Why Handmade Detail Reads as Real', 'Materials of Miniature Realism', 'Your reading data']);
  const materials = page.getByRole('region', { name: 'Materials of Miniature Realism' });
  await expect(materials.getByRole('listitem').getByRole('link')).toHaveText([SECTION, 'What hard materials offered']);

  await materials.getByRole('listitem').filter({ hasText: SECTION }).getByRole('button', { name: 'Remove' }).click();
  await expect(materials.getByRole('link', { name: SECTION })).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(page.getByRole('status').filter({ hasText: `Removed “${SECTION}”.` })).toBeVisible();
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(materials.getByRole('link', { name: SECTION })).toBeFocused();
  await expect(materials.getByRole('listitem').getByRole('link')).toHaveText([SECTION, 'What hard materials offered']);

  await materials.getByRole('listitem').filter({ hasText: 'What hard materials offered' }).getByRole('button', { name: 'Remove' }).click();
  await page.reload();
  await expect(materials.getByRole('listitem').getByRole('link')).toHaveText([SECTION]);
});

test('two tabs bookmarking at once keep both bookmarks', async ({ page, context, problems }) => {
  const other = await context.newPage();
  watch(other, problems);
  await Promise.all([page.goto(ARTICLE), other.goto(ARTICLE)]);
  const first = await sectionBookmark(page, SECTION);
  const second = await sectionBookmark(other, 'What hard materials offered');
  await Promise.all([first.waitFor(), second.waitFor()]);
  await Promise.all([first.click(), second.click()]);
  // Each tab learns of the other's bookmark through the storage event.
  await expect(await sectionBookmark(page, 'What hard materials offered')).toHaveAttribute('aria-pressed', 'true');
  await expect(await sectionBookmark(other, SECTION)).toHaveAttribute('aria-pressed', 'true');
  await other.close();
  await page.goto('/bookmarks');
  const links = page.getByRole('region', { name: 'Materials of Miniature Realism' }).getByRole('listitem').getByRole('link');
  await expect(links).toHaveCount(2);
  const stored = await page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').state.bookmarks), STORAGE_KEY);
  expect(stored.sort()).toEqual(['materials-of-miniature-realism#what-hard-materials-offered', `materials-of-miniature-realism#${SECTION_ID}`]);
});

test('a bookmark whose section is gone is kept and shown as moved or removed', async ({ page, problems }) => {
  const now = Date.now();
  const bookmark = (section: string, heading: string, createdAt: number) => ({
    article: 'materials-of-miniature-realism',
    articleTitle: 'Materials of Miniature Realism',
    section,
    heading,
    note: '',
    createdAt,
    updatedAt: createdAt,
    removed: false,
  });
  await seedStorage(
    page,
    JSON.stringify({
      version: 1,
      state: {
        progress: {},
        bookmarks: {
          a: bookmark('a-section-cut-in-an-update', 'A section cut in an update', now - 3000),
          b: bookmark('why-tpe-holds-detail-old-id', SECTION, now - 2000),
          c: { ...bookmark('anything', 'From a withdrawn article', now - 1000), article: 'a-withdrawn-article', articleTitle: 'A Withdrawn Article' },
        },
        preferences: { updatedAt: 0 },
      },
    }),
  );
  await page.goto('/bookmarks');
  const removed = page.getByRole('listitem').filter({ hasText: 'A section cut in an update' });
  await expect(removed).toContainText('This section was moved or removed in an update.');
  await expect(removed.getByRole('link', { name: 'Open the article' })).toHaveAttribute('href', '/articles/materials-of-miniature-realism');
  const moved = page.getByRole('listitem').filter({ hasText: SECTION });
  await expect(moved).toContainText('This section has moved');
  await expect(moved.getByRole('link', { name: SECTION })).toHaveAttribute('href', `${ARTICLE}#${SECTION_ID}`);
  const withdrawn = page.getByRole('region', { name: 'A Withdrawn Article' });
  await expect(withdrawn).toContainText('This article is no longer in the library.');
  await expect(withdrawn).toContainText('From a withdrawn article');
  // The browser logs the 404 for the withdrawn article's data.
  problems.allowNotFound();
});

test('export reading data and import it back; a bad file changes nothing', async ({ page, browser, problems }, testInfo) => {
  await page.goto(ARTICLE);
  await (await sectionBookmark(page, SECTION)).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookmarks' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export reading data' }).click();
  const file = testInfo.outputPath('export.json');
  await (await download).saveAs(file);

  const bad = testInfo.outputPath('bad.json');
  const { writeFile, readFile } = await import('node:fs/promises');
  await writeFile(bad, '{"hello": "world"}');
  await page.getByLabel('Import reading data…').setInputFiles(bad);
  await expect(page.getByRole('status').filter({ hasText: 'not a Minutiae reading data export. Nothing was changed.' })).toBeVisible();
  await expect(page.getByRole('link', { name: SECTION })).toBeVisible();

  const exported = JSON.parse(await readFile(file, 'utf8')) as { app: string; state: { bookmarks: Record<string, unknown> } };
  expect(exported.app).toBe('minutiae');
  expect(Object.keys(exported.state.bookmarks)).toEqual([`materials-of-miniature-realism#${SECTION_ID}`]);

  // Same file again: nothing is duplicated.
  await page.getByLabel('Import reading data…').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: /^Nothing new to add\. Skipped \d+ items? already here\.$/ })).toBeVisible();

  // Another browser (a fresh profile) takes the file in.
  const fresh = await browser.newPage();
  watch(fresh, problems);
  await fresh.goto('/bookmarks');
  await expect(fresh.getByText('No bookmarks yet.')).toBeVisible();
  await fresh.getByLabel('Import reading data…').setInputFiles(file);
  await expect(fresh.getByRole('status').filter({ hasText: /^Added 1 bookmark( and reading progress for 1 article)?\./ })).toBeVisible();
  await expect(fresh.getByRole('link', { name: SECTION })).toHaveAttribute('href', `${ARTICLE}#${SECTION_ID}`);
  await fresh.close();
});
