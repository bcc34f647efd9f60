/**
 * Runs in Chromium, bundled by the search benchmark: loads the built index exactly as the app
 * does (fetch, then the app's own engine) and times each query.
 */
import { createSearchEngine } from '../../../src/features/search/search-engine.ts';
import { dataPaths } from '../../../src/shared/paths.ts';

/** What one probe measured, in milliseconds. */
export interface SearchProbeResult {
  fetchMs: number;
  /** Parsing the JSON and reviving the index. */
  loadMs: number;
  /** Per run, the time of each query in order. */
  runs: number[][];
  /** Results per query, from the last run. */
  hits: number[];
  /** JS heap in use after loading, where the browser reports it. */
  heapBytes: number | null;
}

declare global {
  interface Window {
    searchProbe: (queries: string[], runs: number, limit: number) => Promise<SearchProbeResult>;
  }
}

window.searchProbe = async (queries, runs, limit) => {
  const started = performance.now();
  const response = await fetch(dataPaths.searchIndex());
  const json = await response.text();
  const fetched = performance.now();
  const engine = createSearchEngine(json);
  const loaded = performance.now();
  // One untimed pass lets the JIT settle, as it has by the time a reader types a second query.
  for (const query of queries) engine.search(query, limit);
  const timings: number[][] = [];
  let hits: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const times: number[] = [];
    hits = [];
    for (const query of queries) {
      const start = performance.now();
      const results = engine.search(query, limit);
      times.push(performance.now() - start);
      hits.push(results.length);
    }
    timings.push(times);
  }
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return { fetchMs: fetched - started, loadMs: loaded - fetched, runs: timings, hits, heapBytes: memory?.usedJSHeapSize ?? null };
};
