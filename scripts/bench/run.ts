/**
 * `npm run bench`: builds synthetic libraries of 100, 1,000 and 3,000 articles, then measures
 * search and rendering in Chromium on the largest and Lighthouse on the real site. Prints the
 * report and writes it to reports/bench.md. Not part of `npm test`: it takes about a quarter of
 * an hour on two cores.
 *
 * Options: --steps 100,1000,3000  --runs 3,1,1 (builds per step)  --search-runs 5
 *          --render-runs 3  --lighthouse-runs 3  --quick (a smoke run in a few minutes)  --keep
 *          --only search,render,lighthouse (measure only these after the builds; default: all;
 *          --only build: just build and weigh the libraries)
 *          --dist DIR (search alone on this build of the largest step, e.g. one kept with --keep,
 *          instead of building again)
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readLibrary } from '../../src/node/prerender/prerender-site.ts';
import type { ArticleData, GlossaryData } from '../../src/shared/content-types.ts';
import { paths } from '../../src/shared/paths.ts';
import { buildStep, removeStep, type BuildStep } from './build-step.ts';
import { benchQueries } from './generate/queries.ts';
import { benchLighthouse, type LighthousePage } from './lighthouse.ts';
import { describeMachine } from './machine.ts';
import { renderRun, type RenderTarget } from './render.ts';
import { formatReport, searchSection, type BenchResults } from './report.ts';
import { defaultTermCount, TOPICS } from './generate/library.ts';
import { planTerms } from './generate/terms.ts';
import { measureOutput } from './outputs.ts';
import { benchSearch, bundleSearchProbe } from './search.ts';
import { servePreview } from '../preview-server.ts';
import { CHROMIUM_PATH, launchChromium } from './serve.ts';
import { repeat } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    steps: { type: 'string', default: '100,1000,3000' },
    runs: { type: 'string', default: '3,1,1' },
    'search-runs': { type: 'string', default: '5' },
    'render-runs': { type: 'string', default: '3' },
    'lighthouse-runs': { type: 'string', default: '3' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    only: { type: 'string', default: 'search,render,lighthouse' },
    dist: { type: 'string' },
  },
});
const PARTS = ['search', 'render', 'lighthouse'] as const;
const only = new Set(args.only.split(',').map((part) => part.trim()));
const unknownParts = [...only].filter((part) => part !== 'build' && !(PARTS as readonly string[]).includes(part));
if (unknownParts.length) throw new Error(`--only: unknown part ${unknownParts.join(', ')} (known: build, ${PARTS.join(', ')})`);
const measures = (part: (typeof PARTS)[number]) => only.has(part);
const quick = args.quick;
const steps = (quick ? '50,200' : args.steps).split(',').map(Number);
const buildRuns = (quick ? '1,1' : args.runs).split(',').map(Number);
const searchRuns = quick ? 2 : Number(args['search-runs']);
const renderRuns = quick ? 1 : Number(args['render-runs']);
const lighthouseRuns = quick ? 1 : Number(args['lighthouse-runs']);
const PORT = Number(process.env.BENCH_PORT ?? 4391);

const started = performance.now();
const log = (line: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);

async function main() {
  if (args.dist !== undefined) return searchOnly();
  const machine = describeMachine(CHROMIUM_PATH);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'minutiae-bench-'));
  log(`working in ${workDir}`);
  const notes: string[] = [];
  const results: BuildStep[] = [];
  try {
    for (const [i, articles] of steps.entries()) {
      results.push(await buildStep(workDir, articles, buildRuns[i] ?? 1, log));
      const previous = steps[i - 1];
      if (previous !== undefined && !args.keep) await removeStep(workDir, previous);
    }
    const largest = results.at(-1);
    if (!largest) throw new Error('no library size to build');

    let search: BenchResults['search'] = [];
    const render: BenchResults['render'] = [];
    let lighthouse: LighthousePage[] = [];
    if (PARTS.some(measures)) {
      const browser = await launchChromium();
      const preview = await servePreview(largest.outDir, PORT);
      try {
        if (measures('search')) {
          const queries = benchQueries(largest.library.terms);
          const probe = await bundleSearchProbe(workDir);
          search = [await benchSearch(browser, preview.url, probe, queries, searchRuns)];
          log(`search: p95 ${search[0]?.p95.toFixed(1)} ms`);
          search.push(await benchSearch(browser, preview.url, probe, queries, Math.max(1, Math.floor(searchRuns / 2)), 4));
        }
        const long = largest.library.longArticle;
        const target = { origin: preview.url, longArticle: long.slug, lastSection: long.sections.at(-1)?.id ?? '', ...(await longRead(largest.outDir, long.slug)) };
        for (const cpuSlowdown of measures('render') ? [1, 4] : []) {
          render.push({ cpuSlowdown, runs: await repeat(renderRuns, () => renderRun(browser, target, cpuSlowdown)) });
          log(`rendering at ${cpuSlowdown}× CPU done`);
        }
      } finally {
        await browser.close();
      }

      try {
        if (measures('lighthouse')) lighthouse = [...(await lighthouseOnRealSite(workDir)), ...(await benchLighthouse([{ name: `library at N = ${largest.articles}`, url: `${preview.url}/` }], 1, log))];
      } finally {
        await preview.stop();
      }
    }
    const skipped = PARTS.filter((part) => !measures(part));
    if (skipped.length) notes.push(`Not measured this run (--only ${args.only}): ${skipped.join(', ')}.`);
    if (quick) notes.push('Quick run (--quick): small libraries and single runs; figures are for checking the bench, not for comparing.');

    const report = formatReport({ machine, loadAtEnd: os.loadavg()[0] ?? 0, minutes: (performance.now() - started) / 60_000, steps: results, search, render, lighthouse, notes });
    const reports = path.resolve(process.env.MINUTIAE_REPORT_DIR ?? 'reports');
    await mkdir(reports, { recursive: true });
    await writeFile(path.join(reports, 'bench.md'), report);
    await writeFile(path.join(reports, 'bench.json'), JSON.stringify({ machine, steps: results.map(({ library: _library, ...step }) => step), search, render, lighthouse }, null, 2));
    console.log(report);
    log(`wrote ${path.relative(process.cwd(), path.join(reports, 'bench.md'))}`);
  } finally {
    if (!args.keep) await rm(workDir, { recursive: true, force: true });
  }
}

/** `--dist DIR`: measures search alone on an existing build of the largest library. */
async function searchOnly() {
  const articles = steps.at(-1) ?? 3000;
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'minutiae-bench-'));
  try {
    const outDir = path.resolve(args.dist ?? '');
    const terms = planTerms(defaultTermCount(articles), TOPICS.map((t) => t.id), 1);
    const output = await measureOutput(outDir);
    const browser = await launchChromium();
    const preview = await servePreview(outDir, PORT);
    const search: BenchResults['search'] = [];
    try {
      const probe = await bundleSearchProbe(workDir);
      search.push(await benchSearch(browser, preview.url, probe, benchQueries(terms), searchRuns));
      log(`search: p95 ${search[0]?.p95.toFixed(1)} ms`);
      search.push(await benchSearch(browser, preview.url, probe, benchQueries(terms), Math.max(1, Math.floor(searchRuns / 2)), 4));
    } finally {
      await browser.close();
      await preview.stop();
    }
    const over = output.overPrecacheLimit.map((f) => `${f.file} (${(f.bytes / 1024 / 1024).toFixed(1)} MB)`);
    console.log(
      [
        `# Search at N = ${articles} (${outDir}; load average ${os.loadavg()[0]?.toFixed(1)})`,
        '',
        searchSection(search, [{ articles, output }]),
        '',
        over.length ? `Over the ${(output.precacheLimit / 1024 / 1024).toFixed(0)} MB precache limit (the real build fails): ${over.join(', ')}` : `No file over the ${(output.precacheLimit / 1024 / 1024).toFixed(0)} MB precache limit.`,
      ].join('\n'),
    );
  } finally {
    if (!args.keep) await rm(workDir, { recursive: true, force: true });
    else log(`kept ${workDir}`);
  }
}

/** The long read's length, and a neighbour whose pager links to it, as the build wrote them. */
async function longRead(outDir: string, slug: string): Promise<Pick<RenderTarget, 'words' | 'fromArticle' | 'fromRel'>> {
  const data = JSON.parse(await readFile(path.join(outDir, 'data', 'articles', `${slug}.json`), 'utf8')) as Pick<ArticleData, 'words' | 'previous' | 'next'>;
  // The article after it in publication order links to it as previous; the one before it, as next.
  if (data.next) return { words: data.words, fromArticle: data.next.slug, fromRel: 'prev' };
  if (data.previous) return { words: data.words, fromArticle: data.previous.slug, fromRel: 'next' };
  throw new Error(`${slug}: the long read has no neighbour to navigate to it from`);
}

/** Lighthouse on the real content, built as `npm run build` builds it: the library, its longest article and a term. */
async function lighthouseOnRealSite(workDir: string): Promise<LighthousePage[]> {
  const outDir = path.join(workDir, 'dist-site');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      env: { ...process.env, MINUTIAE_OUT_DIR: outDir, MINUTIAE_REPORT_DIR: path.join(workDir, 'reports-site') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`building the real site failed (exit ${code})`))));
  });
  const library = await readLibrary(async (url) => JSON.parse(await readFile(path.join(outDir, url), 'utf8')) as unknown);
  const glossary = JSON.parse(await readFile(path.join(outDir, 'data', 'glossary.json'), 'utf8')) as GlossaryData;
  const longest = [...library.articles].sort((a, b) => b.words - a.words)[0];
  const term = glossary.terms[0];
  if (!longest || !term) throw new Error('the real site has no article or no term');
  const preview = await servePreview(outDir, PORT + 1);
  try {
    return await benchLighthouse(
      [
        { name: 'library', url: `${preview.url}${paths.library()}` },
        { name: `article (${longest.words} words)`, url: `${preview.url}${paths.article(longest.slug)}` },
        { name: 'term', url: `${preview.url}${paths.term(term.id)}` },
      ],
      lighthouseRuns,
      log,
    );
  } finally {
    await preview.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
