import { expect, type Page } from '@playwright/test';

/** The localStorage key of the reader's data (mirrors src/store/reading-data.ts). */
export const STORAGE_KEY = 'minutiae:reading-data';

/** Puts `value` in localStorage before the app's first load only (not again on reload). */
export async function seedStorage(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, raw]) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      localStorage.setItem(key, raw);
      sessionStorage.setItem('e2e-seeded', '1');
    },
    [STORAGE_KEY, value] as const,
  );
}

/** The stored reading data, parsed. */
export async function storedData(page: Page): Promise<{ version: number; state: { bookmarks: Record<string, { note: string; removed: boolean }> } } | null> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
}

/** Scrolls with the mouse wheel until the reading line (a quarter down the viewport) is `share` of the way through the text. */
export async function scrollThroughText(page: Page, share: number): Promise<void> {
  // The progress bar appears once the page is hydrated and stored data is in: scrolling counts from then.
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toBeAttached();
  const [current, target] = await page.evaluate((s) => {
    const text = document.querySelector('.reader__body .prose');
    if (!text) throw new Error('no article text');
    const box = text.getBoundingClientRect();
    return [window.scrollY, Math.round(window.scrollY + box.top + box.height * s - window.innerHeight * 0.25)];
  }, share);
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, target - current);
  await page.waitForFunction((t) => Math.abs(window.scrollY - t) < 4, target);
}

/** Scrolls to the very bottom of the page with the mouse wheel. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.mouse.move(400, 400);
  const atEnd = () => page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1);
  for (let i = 0; i < 40 && !(await atEnd()); i += 1) {
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1);
}

/**
 * A section's bookmark button, reached as a reader reaches it: by scrolling to the section. An
 * article's parts hydrate, and get their buttons, as they near the viewport.
 */
export async function sectionBookmark(page: Page, section: string) {
  await page.locator('main .section-heading > :is(h2, h3)').filter({ hasText: section }).first().scrollIntoViewIfNeeded();
  return page.getByRole('button', { name: `Bookmark section: ${section}` });
}
