/**
 * Runs in Chromium, bundled by the search benchmark: loads the built index exactly as the app
 * does (fetch, then the app's own engine) and times each query.
 */
import { createSearchEngine } from '../../../src/features/search/search-engine.ts';
import { dataPaths } from '../../../src/shared/paths.ts';
import type { SearchIndexMeta } from '../../../src/shared/search-options.ts';

/** What one probe measured, in milliseconds. */
export interface SearchProbeResult {
  /** Fetching what search loads when it opens (the index without its words). */
  fetchMs: number;
  /** Parsing it and reviving the index. */
  loadMs: number;
  /** The first query, cold: fetching and loading its word shards, searching, fetching its results' texts. */
  firstQueryMs: number;
  /** Loading every word shard the remaining queries need (untimed in the runs below). */
  shardsMs: number;
  /** Per run, the time of each query in order, with its shards and its articles' passages loaded (as when a reader types on). */
  runs: number[][];
  /** Results per query, from the last run. */
  hits: number[];
  /** JS heap in use after the first query, where the browser reports it. */
  heapBytes: number | null;
  /** JS heap in use once every shard the queries need is loaded. */
  heapAllBytes: number | null;
}

declare global {
  interface Window {
    searchProbe: (queries: string[], runs: number, limit: number) => Promise<SearchProbeResult>;
  }
}

const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

window.searchProbe = async (queries, runs, limit) => {
  const started = performance.now();
  const response = await fetch(dataPaths.searchIndex());
  const json = await response.text();
  const fetched = performance.now();
  // Every article's passages stay loaded, so the runs time searching rather than fetching.
  const engine = createSearchEngine(JSON.parse(json) as SearchIndexMeta, fetchJson, { articlesKept: Infinity });
  const loaded = performance.now();
  await engine.search(queries[0] ?? '', limit);
  const firstQueryMs = performance.now() - loaded;
  const heapBytes = heap();
  const shardsStarted = performance.now();
  await engine.prepare(queries.join(' '));
  const shardsMs = performance.now() - shardsStarted;
  // One untimed pass loads the passages of every article the queries show, and lets the JIT settle,
  // as it has by the time a reader types a second query.
  for (const query of queries) await engine.search(query, limit);
  const timings: number[][] = [];
  let hits: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const times: number[] = [];
    hits = [];
    for (const query of queries) {
      const start = performance.now();
      const results = await engine.search(query, limit);
      times.push(performance.now() - start);
      hits.push(results.length);
    }
    timings.push(times);
  }
  return { fetchMs: fetched - started, loadMs: loaded - fetched, firstQueryMs, shardsMs, runs: timings, hits, heapBytes, heapAllBytes: heap() };
};
