import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { readLibrary } from '../../src/node/prerender/prerender-site.ts';
import type { RouteSize } from '../../src/node/prerender/sizes.ts';
import type { ArticleSlug, TermId } from '../../src/shared/ids.ts';
import type { BuildTimings } from './build-library.ts';
import { generateLibrary, type GeneratedLibrary } from './generate/library.ts';
import { measureOutput, weighPages, type OutputSize, type PageWeight } from './outputs.ts';
import { median } from './stats.ts';

/** One library size: how long it took to build and what came out. */
export interface BuildStep {
  articles: number;
  terms: number;
  /** Words in all articles, as the build counts them. */
  words: number;
  generateMs: number;
  runs: { wallMs: number; timings: BuildTimings }[];
  /** Medians over the runs. */
  wallMs: number;
  timings: BuildTimings;
  output: OutputSize;
  routeSizes: RouteSize[];
  pages: PageWeight[];
  library: GeneratedLibrary;
  outDir: string;
}

/** Generates a library of `articles` articles in `workDir` and builds it `runs` times, each in a fresh process. */
export async function buildStep(workDir: string, articles: number, runs: number, log: (line: string) => void): Promise<BuildStep> {
  const contentDir = path.join(workDir, `content-${articles}`);
  const outDir = path.join(workDir, `dist-${articles}`);
  const reportDir = path.join(workDir, `reports-${articles}`);
  const started = performance.now();
  const library = await generateLibrary(contentDir, { articles });
  const generateMs = performance.now() - started;
  log(`N=${articles}: generated ${articles} articles and ${library.terms.length} terms in ${(generateMs / 1000).toFixed(1)}s`);

  const results: BuildStep['runs'] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await buildOnce({ MINUTIAE_CONTENT_DIR: contentDir, MINUTIAE_OUT_DIR: outDir, MINUTIAE_REPORT_DIR: reportDir });
    results.push(result);
    log(`N=${articles}: build ${run + 1}/${runs} took ${(result.wallMs / 1000).toFixed(1)}s`);
  }
  const routeSizes = JSON.parse(await readFile(path.join(reportDir, 'route-sizes.json'), 'utf8')) as RouteSize[];
  const output = await measureOutput(outDir);
  const libraryData = await readLibrary(async (url) => JSON.parse(await readFile(path.join(outDir, url), 'utf8')) as unknown);
  const pages = await weighPages(outDir, routeSizes, {
    article: library.referenceArticle.slug as ArticleSlug,
    longArticle: library.longArticle.slug as ArticleSlug,
    term: library.referenceTerm.id as TermId,
    allArticles: libraryData.articles.map((a) => a.slug),
  });
  const timingKeys = Object.keys(results[0]?.timings ?? {}) as (keyof BuildTimings)[];
  const timings = Object.fromEntries(timingKeys.map((key) => [key, median(results.map((r) => r.timings[key]))])) as unknown as BuildTimings;
  return {
    articles,
    terms: library.terms.length,
    words: libraryData.articles.reduce((sum, a) => sum + a.words, 0),
    generateMs,
    runs: results,
    wallMs: median(results.map((r) => r.wallMs)),
    timings,
    output,
    routeSizes,
    pages,
    library,
    outDir,
  };
}

/** Removes what a step wrote, keeping disk use low between steps. */
export async function removeStep(workDir: string, articles: number): Promise<void> {
  for (const dir of [`content-${articles}`, `dist-${articles}`, `reports-${articles}`]) await rm(path.join(workDir, dir), { recursive: true, force: true });
}

/** One build in a child process: wall time as a reader of the terminal sees it, and the phase timings it prints. */
function buildOnce(env: Record<string, string>): Promise<{ wallMs: number; timings: BuildTimings }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/build-library.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_BUILD '));
      if (code !== 0 || !line) {
        reject(new Error(`build failed (exit ${code}):\n${(stderr || stdout).split('\n').slice(-30).join('\n')}`));
        return;
      }
      resolve({ wallMs, timings: JSON.parse(line.slice('BENCH_BUILD '.length)) as BuildTimings });
    });
  });
}
