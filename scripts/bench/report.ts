import type { BuildStep } from './build-step.ts';
import type { LighthousePage } from './lighthouse.ts';
import type { Machine } from './machine.ts';
import type { PageWeight } from './outputs.ts';
import type { LongTasks, RenderRun } from './render.ts';
import type { SearchBench } from './search.ts';
import { median, medianOf } from './stats.ts';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  machine: Machine;
  loadAtEnd: number;
  minutes: number;
  steps: BuildStep[];
  search: SearchBench[];
  render: { cpuSlowdown: number; runs: RenderRun[] }[];
  lighthouse: LighthousePage[];
  notes: string[];
}

/** The targets of the performance issue. */
export const TARGETS = { searchP95Ms: 15, longTaskMs: 50, articleLcpMs: 1000, score: 100, articleJsKB: 175, listJsKB: 110 } as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const n = (value: number) => value.toLocaleString('en-US');
const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const mark = (ok: boolean) => (ok ? '✅' : '❌');

function machineSection(r: BenchResults): string {
  const m = r.machine;
  return [
    `Ran ${m.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; ${m.chromium}; commit ${m.commit}.`,
    `Load average ${m.loadAtStart.toFixed(2)} at the start and ${r.loadAtEnd.toFixed(2)} at the end; the bench took ${r.minutes.toFixed(1)} minutes.`,
    'Every figure is the median of the runs named beside it. Timings depend on the machine and on what else it was doing:',
    'compare ratios within this report, not absolute times across reports. Sizes are exact.',
  ].join('\n');
}

function buildSection(steps: BuildStep[]): string {
  const rows = steps.map((step, i) => {
    const previous = steps[i - 1];
    const growth = previous ? `×${(step.wallMs / previous.wallMs).toFixed(2)} for ×${(step.articles / previous.articles).toFixed(0)} articles` : '—';
    const fails = step.output.overPrecacheLimit.map((f) => `${f.file} ${mb(f.bytes)}`).join(', ');
    return [
      n(step.articles),
      n(step.terms),
      n(step.words),
      `${s(step.wallMs)} (${step.runs.length} run${step.runs.length > 1 ? 's' : ''})`,
      s((step.wallMs / step.articles) * 1000),
      growth,
      `${s(step.timings.contentAndBundle)} / ${s(step.timings.prerenderAndServiceWorker)}`,
      `${mb(step.output.bytes)} in ${n(step.output.files)} files`,
      `${mb(step.output.searchIndex.bytes)} (${mb(step.output.searchIndex.gzip)} gzip)`,
      `${mb(step.output.precache.bytes)} in ${n(step.output.precache.files)} files`,
      fails ? `❌ fails: ${fails} over the ${mb(step.output.precacheLimit)} precache limit` : '✅',
    ];
  });
  return table(
    ['articles', 'terms', 'words', 'build (wall)', 'per 1,000 articles', 'growth from previous step', 'content+bundle / prerender+SW', 'output', 'search index', 'SW precache', 'real `npm run build`'],
    rows,
  );
}

/** What a page's first visit downloads before it is interactive. */
const firstLoad = (p: PageWeight) => p.html + p.js + p.css + p.data;

/** Rows of {@link pagesSection} that must not grow with the library: the articles and the term. */
const FLAT_ROWS = new Set([1, 2, 3, 5]);

function pagesSection(steps: BuildStep[]): string {
  const first = steps[0];
  if (!first) return '';
  const labels = ['library `/`', 'article (same text at every N)', 'article (median)', 'long read (10,000 words)', 'glossary', 'term (same entry at every N)'];
  const rows = first.pages.map((_, row) => {
    const cells = steps.map((step) => {
      const p = step.pages[row];
      return p ? `${kb(firstLoad(p))} (HTML ${kb(p.html)}; data ${kb(p.data)})` : '—';
    });
    const a = first.pages[row];
    const b = steps.at(-1)?.pages[row];
    const growth = a && b ? firstLoad(b) / firstLoad(a) - 1 : 0;
    // Article and term pages must stay flat as the library grows (within 5%).
    const verdict = FLAT_ROWS.has(row) ? ` ${mark(growth <= 0.05)}` : '';
    return [labels[row] ?? '', ...cells, `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%${verdict}`];
  });
  const code = steps.at(-1)?.routeSizes ?? [];
  return [
    'First load = HTML + JS + CSS + the route\'s data file (fetched with the scripts, to hydrate), gzip. A client-side navigation fetches only the data file.',
    '',
    table(['page', ...steps.map((step) => `N = ${n(step.articles)}`), `growth ${n(first.articles)} → ${n(steps.at(-1)?.articles ?? 0)}`], rows),
    '',
    `JS and CSS alone (identical at every N): ${code.map((c) => `${c.page} ${kb(c.js)} JS + ${kb(c.css)} CSS`).join('; ')}.`,
  ].join('\n');
}

/** The search part of the report, on its own for `--only search`. */
export function searchSection(search: SearchBench[], steps: Pick<BuildStep, 'articles' | 'output'>[]): string {
  const last = steps.at(-1);
  if (!search.length || !last) return 'Not measured.';
  const rows = search.map((b) => [
    b.cpuSlowdown === 1 ? 'as is' : `${b.cpuSlowdown}× slower CPU`,
    `${b.runs} × ${b.queries}`,
    s(b.fetchMs),
    ms(b.loadMs),
    `${ms(b.firstQueryMs)} (all shards ${s(b.shardsMs)})`,
    ms(b.p50),
    `${ms(b.p95)} ${mark(b.p95 < TARGETS.searchP95Ms)}`,
    ms(b.max),
    b.heapBytes ? `${mb(b.heapBytes)} (all shards ${b.heapAllBytes ? mb(b.heapAllBytes) : '—'})` : '—',
    b.slowest.map((q) => `"${q.query}" ${ms(q.ms)}`).join(', '),
  ]);
  return [
    `Index at N = ${n(last.articles)}: ${mb(last.output.searchIndex.bytes)} (${mb(last.output.searchIndex.gzip)} gzip) in ${n(last.output.searchIndex.files)} files, the largest ${last.output.searchIndex.largest.file} at ${mb(last.output.searchIndex.largest.bytes)}; ` +
      `articles' search texts (for snippets, fetched per result) ${mb(last.output.searchTexts.bytes)} in ${n(last.output.searchTexts.files)} files. ${search[0]?.empty ?? 0} of the queries find nothing.`,
    '',
    table(['Chromium', 'runs × queries', 'fetch index', 'parse + load', 'first query, cold', 'p50', `p95 (target < ${TARGETS.searchP95Ms} ms)`, 'max', 'JS heap after first query', 'slowest queries'], rows),
  ].join('\n');
}

const tasks = (runs: LongTasks[]) =>
  `${median(runs.map((t) => t.count))} (longest ${ms(median(runs.map((t) => t.max)))}, blocking ${ms(median(runs.map((t) => t.blocking)))})`;

/** Says how far the scroll got when it hit its 20-second cap. */
const scrollCut = (runs: RenderRun[]) => {
  const reached = medianOf(runs, (r) => r.scroll.reached);
  return reached < 0.99 ? `; only ${(reached * 100).toFixed(0)}% of the article in the 20 s allowed` : '';
};

function renderSection(render: BenchResults['render']): string {
  if (!render.length) return 'Not measured.';
  const rows = render.map(({ cpuSlowdown, runs }) => {
    const longest = medianOf(runs, (r) => r.scroll.longTasks.max);
    return [
      cpuSlowdown === 1 ? 'as is' : `${cpuSlowdown}× slower CPU`,
      String(runs.length),
      `${ms(medianOf(runs, (r) => r.load.fcp))} / ${ms(medianOf(runs, (r) => r.load.lcp))} / ${ms(medianOf(runs, (r) => r.load.hydrated))}`,
      tasks(runs.map((r) => r.load.longTasks)),
      `shown ${ms(medianOf(runs, (r) => r.navigation.shownMs))}, whole text ${ms(medianOf(runs, (r) => r.navigation.ms))}; ${tasks(runs.map((r) => r.navigation.longTasks))}`,
      `${ms(medianOf(runs, (r) => r.scroll.ms / r.scroll.frames))} per frame; ${median(runs.map((r) => r.scroll.slowFrames))} of ${median(runs.map((r) => r.scroll.frames))} frames over 50 ms${scrollCut(runs)}`,
      `${tasks(runs.map((r) => r.scroll.longTasks))} ${mark(longest <= TARGETS.longTaskMs)}`,
    ];
  });
  const words = render[0]?.runs[0]?.words ?? 0;
  const nodes = render[0]?.runs[0]?.domNodes ?? 0;
  return [
    `The long read (${n(words)} words, ${n(nodes)} DOM nodes), on a 412 × 823 mobile viewport. Load: opened from its prerendered HTML.`,
    'Navigation: "previous article" link from the article after it (fetch its JSON, render its top, then the rest a few sections per task): time to its title painted, and to its whole text painted.',
    'Scroll: top to bottom, 120 px per frame, reading progress tracked as a reader\'s would be.',
    '',
    table(['Chromium', 'runs', 'FCP / LCP / hydrated', 'long tasks while loading', 'client-side navigation', 'scroll', `long tasks while scrolling (target: none over ${TARGETS.longTaskMs} ms)`], rows),
  ].join('\n');
}

function lighthouseSection(pages: LighthousePage[]): string {
  if (!pages.length) return 'Not measured.';
  const rows = pages.map((p) => {
    const allHundred = Object.values(p.scores).every((v) => v >= TARGETS.score);
    const lcpTarget = p.name.startsWith('article') ? ` ${mark(p.lcp <= TARGETS.articleLcpMs)}` : '';
    return [
      `${p.name} (${p.runs} run${p.runs > 1 ? 's' : ''})`,
      `${p.scores.performance} / ${p.scores.accessibility} / ${p.scores['best-practices']} / ${p.scores.seo} ${mark(allHundred)}`,
      s(p.fcp),
      `${s(p.lcp)}${lcpTarget}`,
      ms(p.tbt),
      p.cls.toFixed(3),
    ];
  });
  const spread = (values: number[], format: (v: number) => string) => {
    const [low, high] = [format(Math.min(...values)), format(Math.max(...values))];
    return low === high ? low : `${low}–${high}`;
  };
  const details = pages.map(
    (p) => `- ${p.name} (${p.url}): performance ${spread(p.performanceRuns, String)} and TBT ${spread(p.tbtRuns, ms)} run to run; LCP element \`${p.lcpElement || '—'}\`; layout shifts: ${p.shifts.map((x) => `\`${x}\``).join(', ') || 'none'}; audits below 0.9: ${p.failedAudits.join(', ') || 'none'}.`,
  );
  return [
    'Mobile profile (Lighthouse defaults: simulated slow 4G, 4× CPU slowdown, Moto G Power viewport), Debian Chromium, no network but the local server.',
    `The 4× slowdown scales this machine's own timings, so scores move with its speed: Lighthouse's benchmark index here was ${Math.round(median(pages.map((p) => p.benchmarkIndex)))} (higher is faster).`,
    '',
    table(['page', 'performance / accessibility / best practices / SEO', 'FCP', `LCP (article target ≤ ${s(TARGETS.articleLcpMs)})`, 'TBT', 'CLS'], rows),
    '',
    ...details,
  ].join('\n');
}

/** The whole report as Markdown. */
export function formatReport(r: BenchResults): string {
  const largest = r.steps.at(-1)?.articles ?? 0;
  return [
    '# Minutiae benchmark',
    '',
    machineSection(r),
    '',
    '## Build at scale',
    '',
    'Synthetic libraries from `scripts/bench/generate/` (seeded: the same files every run). Build = the production build, each run a fresh process;',
    'Workbox\'s precache size limit is lifted so that the largest libraries build at all (the last column says whether the real build passes).',
    '',
    buildSection(r.steps),
    '',
    '## First-load bytes per route',
    '',
    pagesSection(r.steps),
    '',
    `## Search at N = ${n(largest)}`,
    '',
    searchSection(r.search, r.steps),
    '',
    '## Rendering a 10,000-word article',
    '',
    renderSection(r.render),
    '',
    '## Lighthouse',
    '',
    lighthouseSection(r.lighthouse),
    ...(r.notes.length ? ['', '## Notes', '', ...r.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
}
