import { test as base, expect, type Page } from '@playwright/test';

/** Console errors and warnings seen by a test's page; every test fails if any are left at its end. */
export interface PageProblems {
  list: string[];
  /** Drops the browser's own log lines for 404 responses: expected when a test opens a missing page. */
  allowNotFound(): void;
}

export const test = base.extend<{ problems: PageProblems }>({
  // A page's scripts load after its first paint: `goto` and `reload` return once the app has
  // hydrated, as a reader's first click would need (unless JavaScript is off, or only the
  // response was asked for with `waitUntil: 'commit'`).
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        if (options?.waitUntil !== 'commit') await appReady(page);
        return response;
      };
      page.reload = async (options) => {
        const response = await reload(options);
        if (options?.waitUntil !== 'commit') await appReady(page);
        return response;
      };
    }
    await provide(page);
  },
  problems: [
    async ({ page }, use) => {
      const problems: PageProblems = {
        list: [],
        allowNotFound() {
          this.list = this.list.filter((line) => !/status of 404 \(Not Found\)/.test(line));
        },
      };
      watch(page, problems);
      await use(problems);
      // A test that expects an error (a 404 document, say) removes it from the list itself.
      expect(problems.list, 'console errors, warnings or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Records errors and warnings (hydration mismatches are reported as console errors). */
export function watch(page: Page, problems: PageProblems) {
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = `${message.type()}: ${message.text()} ${message.location().url}`;
    problems.list.push(text);
  });
  page.on('pageerror', (error) => problems.list.push(`pageerror: ${error.message}`));
}

/**
 * Waits until the app has hydrated the prerendered page. The page is readable before that, but its
 * scripts load after the first paint, so a click or a scroll earlier than this meets plain HTML.
 * The header's search control is a link in the HTML and becomes a button once hydrated.
 */
async function appReady(page: Page): Promise<void> {
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
}

export { expect };
