import { expect, test } from './fixtures.ts';

const ARTICLE = '/articles/materials-of-miniature-realism';

test('library → article → section → glossary → term → not-found', async ({ page, problems }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Minutiae');
  await expect(page.getByRole('heading', { level: 1, name: 'The library' })).toBeVisible();
  const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(cards).toHaveCount(5);

  await page.getByRole('link', { name: 'Materials of Miniature Realism' }).click();
  await expect(page).toHaveURL(ARTICLE);
  await expect(page.getByRole('heading', { level: 1, name: 'Materials of Miniature Realism' })).toBeVisible();
  await expect(page).toHaveTitle('Materials of Miniature Realism · Minutiae');

  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await toc.getByRole('link', { name: 'The making process step by step' }).click();
  await expect(page).toHaveURL(`${ARTICLE}#the-making-process-step-by-step`);
  await expect(page.getByRole('heading', { name: 'The making process step by step' })).toBeInViewport();
  await expect(toc.getByRole('link', { name: 'The making process step by step' })).toHaveAttribute('aria-current', 'location');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await page.getByRole('link', { name: 'Platinum-cure silicone', exact: true }).first().click();
  await expect(page).toHaveURL('/glossary/platinum-cure-silicone');
  await expect(page.getByRole('heading', { level: 1, name: 'Platinum-cure silicone' })).toBeVisible();

  await page.goto('/glossary/no-such-term');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Minutiae');
  await page.getByRole('link', { name: 'Browse the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The library' })).toBeVisible();
  problems.allowNotFound();
});

test('an article opened from the library has all its text, and its last section is one tap away at once', async ({ page }) => {
  await page.goto('/');
  // A slow phone: the tap comes while the new page is still busy.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.getByRole('link', { name: 'Materials of Miniature Realism' }).click();
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  const last = toc.getByRole('link').last();
  const title = (await last.textContent()) ?? '';
  await last.click();
  // It lands near the top, under the sticky header, and stays there (no jump back to where the library was left).
  const heading = page.getByRole('heading', { name: title });
  await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top)), { timeout: 10_000 }).toBeLessThan(200);
  await page.waitForTimeout(500);
  await expect(heading).toBeInViewport();
  await expect(last).toHaveAttribute('aria-current', 'location');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page.locator('.prose').getByRole('heading')).toHaveCount(await toc.getByRole('link').count());
});

test('a section deep link lands on that section on first load', async ({ page }) => {
  await page.goto(`${ARTICLE}#scale-ratios-16-18-and-112`);
  const heading = page.getByRole('heading', { name: 'Scale ratios: 1:6, 1:8 and 1:12' });
  await expect(heading).toBeInViewport();
  // Settles below the sticky header, near the top of the viewport.
  await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
  expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(40);
});

test('every page is prerendered with its own title, description and canonical link', async ({ request }) => {
  for (const [url, title] of [
    ['/', 'Minutiae'],
    [ARTICLE, 'Materials of Miniature Realism · Minutiae'],
    ['/glossary', 'Glossary · Minutiae'],
    ['/glossary/tpe', 'TPE · Minutiae'],
    ['/bookmarks', 'Bookmarks · Minutiae'],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<link rel="canonical" href="${url}" />`);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}" \/>/);
  }
  const missing = await request.get('/articles/not-an-article');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<title>Page not found · Minutiae</title>');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an article is readable from the prerendered HTML', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { level: 1, name: 'Materials of Miniature Realism' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Why TPE holds detail' })).toBeVisible();
    await expect(page.getByRole('table').first()).toContainText('Platinum-cure silicone');
    expect((await page.locator('.prose').innerText()).split(/\s+/).length).toBeGreaterThan(1500);
  });
});

test('an unknown path shows the not-found page, hydrated, with a 404 status', async ({ page, problems }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  // The browser logs the 404 document itself; nothing else may be logged.
  problems.allowNotFound();
});

test('an article page fetches its data once to hydrate; when it cannot, the page stays as served and reads', async ({ page, problems }) => {
  const dataFile = `/data${ARTICLE}.json`;
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === dataFile) fetched.push(request.url());
  });
  await page.goto(ARTICLE);
  await expect(page.getByRole('button', { name: /^Bookmark section: / }).first()).toBeVisible();
  // Preloaded with the scripts, and that one response is what the app hydrates with.
  expect(fetched).toHaveLength(1);

  await page.route(`**${dataFile}`, (route) => route.abort());
  await page.goto(ARTICLE, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Materials of Miniature Realism' })).toBeVisible();
  await expect.poll(() => problems.list.some((line) => line.includes('data could not be loaded'))).toBe(true);
  // Not hydrated, yet every word and link is there: the search control is still its plain link.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'The making process step by step' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  problems.list = problems.list.filter((line) => !line.includes('net::ERR_FAILED') && !line.includes('data could not be loaded'));
});
