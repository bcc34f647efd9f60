import type { Browser, BrowserContext, Page } from '@playwright/test';

/** Long tasks (PerformanceObserver 'longtask') seen during one phase. */
export interface LongTasks {
  count: number;
  /** The longest, in ms (0 when there were none). */
  max: number;
  /** Time past 50 ms summed over the tasks: what Lighthouse calls blocking time. */
  blocking: number;
}

/** One run of the rendering benchmark, in milliseconds. */
export interface RenderRun {
  /** Opening the long read from its prerendered HTML. */
  load: { fcp: number; lcp: number; hydrated: number; longTasks: LongTasks };
  /** Following the pager link from the article before it: fetch its data, render 10,000 words. */
  /** From the click: the new article's title painted (`shownMs`), and its whole text in and painted (`ms`). */
  navigation: { shownMs: number; ms: number; longTasks: LongTasks };
  /** Scrolling from top to bottom, one step per frame, with reading progress tracked. */
  scroll: { ms: number; frames: number; slowFrames: number; longestFrame: number; longTasks: LongTasks; reached: number };
  domNodes: number;
  words: number;
}

/** Where the long read lives and how to reach it. */
export interface RenderTarget {
  origin: string;
  longArticle: string;
  /** An article whose pager links to the long read. */
  fromArticle: string;
  /** Which of its pager links does: `prev` or `next`. */
  fromRel: 'prev' | 'next';
  /** Id of the long read's last section: rendered means this is in the document. */
  lastSection: string;
  words: number;
}

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
    __lcp: number;
  }
}

/** Records long tasks and the latest LCP candidate from the very start of every page. */
const OBSERVE = () => {
  window.__longTasks = [];
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

const summarize = (tasks: { duration: number }[]): LongTasks => ({
  count: tasks.length,
  max: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
  blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
});

async function takeLongTasks(page: Page, since = 0): Promise<LongTasks> {
  const tasks = await page.evaluate((from) => {
    const seen = window.__longTasks.filter((t) => t.start >= from);
    window.__longTasks = [];
    return seen;
  }, since);
  return summarize(tasks);
}

/**
 * Resolves with performance.now() once the client has hydrated the page: the header's search
 * link becomes a button then. (The settings toggle is a button in the prerendered HTML already.)
 */
async function hydration(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (document.querySelector('header button.search-button') ? performance.now() : 0),
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function newPage(browser: Browser, cpuSlowdown: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  // tsx compiles this file keeping function names, through a helper the page does not have.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  if (cpuSlowdown !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { context, page };
}

/** One run: load the long read, scroll through it, then reach it again by a client-side navigation. */
export async function renderRun(browser: Browser, target: RenderTarget, cpuSlowdown: number): Promise<RenderRun> {
  const { context, page } = await newPage(browser, cpuSlowdown);
  try {
    await page.goto(`${target.origin}/articles/${target.longArticle}`);
    const hydrated = await hydration(page);
    const paint = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      lcp: window.__lcp,
      nodes: document.getElementsByTagName('*').length,
    }));
    // Loading ends once the page is quiet: hydration, then its effects (layout measuring, lazy chunks).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const loadTasks = await takeLongTasks(page);

    const scrolled = await page.evaluate(async () => {
      const frames: number[] = [];
      const start = performance.now();
      let last = start;
      const bottom = () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      // Capped at 20 s: when every frame is slow, the first 20 s already say all there is to say.
      while (!bottom() && last - start < 20_000) {
        window.scrollBy({ top: 120, behavior: 'instant' });
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      // Let the debounced progress write and any trailing work land inside the measurement.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const reached = (window.scrollY + window.innerHeight) / document.documentElement.scrollHeight;
      return { ms: last - start, frames, reached };
    });
    const scrollTasks = await takeLongTasks(page);

    await page.goto(`${target.origin}/articles/${target.fromArticle}`);
    await hydration(page);
    await page.waitForLoadState('networkidle');
    await takeLongTasks(page);
    const navigation = await page.evaluate(async ({ href, rel, last }) => {
      const link = document.querySelector<HTMLAnchorElement>(`a[rel="${rel}"][href="${href}"]`);
      if (!link) throw new Error(`no pager link to ${href}`);
      const title = () => document.querySelector('main h1')?.textContent;
      const before = title();
      // Two frames after a change: the one that lays it out and the one that paints it.
      const painted = (done: () => boolean) =>
        new Promise<number>((resolve) => {
          const check = () => (done() ? requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))) : requestAnimationFrame(check));
          check();
        });
      const start = performance.now();
      link.click();
      const [shown, complete] = await Promise.all([painted(() => title() !== before), painted(() => document.getElementById(last) !== null)]);
      return { shownMs: shown - start, ms: complete - start };
    }, { href: `/articles/${target.longArticle}`, rel: target.fromRel, last: target.lastSection });
    const navigationTasks = await takeLongTasks(page);

    return {
      load: { fcp: paint.fcp, lcp: paint.lcp, hydrated, longTasks: loadTasks },
      navigation: { ...navigation, longTasks: navigationTasks },
      scroll: {
        ms: scrolled.ms,
        frames: scrolled.frames.length,
        slowFrames: scrolled.frames.filter((f) => f > 50).length,
        longestFrame: Math.max(0, ...scrolled.frames),
        longTasks: scrollTasks,
        reached: scrolled.reached,
      },
      domNodes: paint.nodes,
      words: target.words,
    };
  } finally {
    await context.close();
  }
}
