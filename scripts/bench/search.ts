import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import type { SearchProbeResult } from './browser/search-probe.ts';
import { median, quantile } from './stats.ts';

/** Search latency over the fixed query set, medians of the runs. */
export interface SearchBench {
  queries: number;
  runs: number;
  /** CPU slowdown Chromium emulated (1 = this machine as it is; 4 = Lighthouse's mobile). */
  cpuSlowdown: number;
  fetchMs: number;
  loadMs: number;
  /** The first query, cold: its word shards and its results' texts fetched and loaded. */
  firstQueryMs: number;
  /** Loading the word shards of all the other queries. */
  shardsMs: number;
  p50: number;
  p95: number;
  max: number;
  /** Queries that found nothing even with OR. */
  empty: number;
  heapBytes: number | null;
  /** JS heap once every shard the queries need is loaded. */
  heapAllBytes: number | null;
  /** The slowest queries of the median run, for the report. */
  slowest: { query: string; ms: number }[];
}

/** Bundles the in-browser probe (the app's own search engine) into one classic script. */
export async function bundleSearchProbe(workDir: string): Promise<string> {
  const outDir = path.join(workDir, 'search-probe');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: path.resolve('scripts/bench/browser/search-probe.ts'), formats: ['iife'], name: 'searchProbeBundle', fileName: () => 'search-probe.js' },
    },
  });
  return readFile(path.join(outDir, 'search-probe.js'), 'utf8');
}

/** Loads the index of the site at `origin` in Chromium and times every query `runs` times. */
export async function benchSearch(browser: Browser, origin: string, probe: string, queries: string[], runs: number, cpuSlowdown = 1): Promise<SearchBench> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // An empty page on the site's origin, so the probe fetches the index as the app would.
    await page.route(`${origin}/__search-bench`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>search bench</title>' }));
    await page.goto(`${origin}/__search-bench`);
    if (cpuSlowdown !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addScriptTag({ content: probe });
    const result = await page.evaluate(([q, r]) => window.searchProbe(q, r, 8), [queries, runs] as const);
    return summarize(result, queries, cpuSlowdown);
  } finally {
    await context.close();
  }
}

function summarize(result: SearchProbeResult, queries: string[], cpuSlowdown: number): SearchBench {
  const perRun = result.runs.map((times) => ({ p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times), times }));
  const middle = [...perRun].sort((a, b) => a.p95 - b.p95)[Math.floor(perRun.length / 2)];
  const slowest = (middle?.times ?? [])
    .map((ms, i) => ({ query: queries[i] ?? '', ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  return {
    queries: queries.length,
    runs: result.runs.length,
    cpuSlowdown,
    fetchMs: result.fetchMs,
    loadMs: result.loadMs,
    firstQueryMs: result.firstQueryMs,
    shardsMs: result.shardsMs,
    p50: median(perRun.map((r) => r.p50)),
    p95: median(perRun.map((r) => r.p95)),
    max: median(perRun.map((r) => r.max)),
    empty: result.hits.filter((n) => n === 0).length,
    heapBytes: result.heapBytes,
    heapAllBytes: result.heapAllBytes,
    slowest,
  };
}
