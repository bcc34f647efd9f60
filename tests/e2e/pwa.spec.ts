import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { htmlFileFor } from '../../src/node/prerender/html.ts';
import { expect, test } from './fixtures.ts';
import { libraryOf } from './support/library.ts';
import { outDir, precachedUrls } from './support/server.ts';

test('Chromium finds the app installable, with a complete manifest and icons', async ({ page, request, baseURL }, testInfo) => {
  // Installability is never offered in incognito, which every ordinary Playwright context is.
  const profile = await mkdtemp(path.join(tmpdir(), 'minutiae-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
  try {
    const installPage = context.pages()[0] ?? (await context.newPage());
    await installPage.goto('/');
    await installPage.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
    const cdp = await context.newCDPSession(installPage);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
  }
  await page.goto('/');

  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose?: string }[] };
  expect(manifest).toMatchObject({ name: 'Minutiae', short_name: 'Minutiae', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.description).toEqual(expect.any(String));
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.map((icon) => `${icon.sizes}${icon.purpose === 'maskable' ? ' maskable' : ''}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).status(), icon.src).toBe(200);

  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: light)"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveCount(1);
});

test('"Install app" appears when the browser offers installation and goes once installed', async ({ page }) => {
  await page.goto('/');
  const install = page.getByRole('button', { name: 'Install app' });
  await expect(install).toHaveCount(0);
  // Headless Chromium does not offer installation by itself: play the browser's part.
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {
        (window as unknown as { prompted: boolean }).prompted = true;
      },
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    });
    window.dispatchEvent(offer);
  });
  await install.click();
  expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
  // Declined: the offer is spent until the browser makes another.
  await expect(install).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt: async () => undefined, userChoice: Promise.resolve({ outcome: 'dismissed' }) })));
  await expect(install).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  await expect(install).toHaveCount(0);
});

test('the precache lists every route, every article and term, their data and every script chunk', async () => {
  const listed = new Set(await precachedUrls(outDir));
  const library = await libraryOf(outDir);
  expect(library.articles.length).toBeGreaterThan(0);
  for (const file of ['index.html', 'glossary.html', 'bookmarks.html', '404.html', 'data/library/page-1.json', 'data/glossary.json']) expect(listed, file).toContain(file);
  for (const url of library.libraryUrls) expect(listed).toContain(htmlFileFor(url));
  for (const { slug } of library.articles) {
    expect(listed).toContain(`articles/${slug}.html`);
    expect(listed).toContain(`data/articles/${slug}.json`);
  }
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  for (const chunk of Object.values(manifest)) expect(listed, chunk.file).toContain(chunk.file);
});

test('the footer says the library is available offline and how much it stores', async ({ page }) => {
  await page.goto('/glossary');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
  await expect(page.getByTestId('offline-availability')).toHaveText(/Available offline: \d+ files, [\d.]+ (KB|MB) stored on this device\./, { timeout: 30_000 });
});
