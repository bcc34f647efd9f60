import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './serve.ts';
import { median } from './stats.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** Lighthouse's figures for one page: medians over the runs. */
export interface LighthousePage {
  name: string;
  url: string;
  runs: number;
  /** 0–100. */
  scores: Record<Category, number>;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Every run's performance score and TBT, in run order: the spread behind the medians. */
  performanceRuns: number[];
  tbtRuns: number[];
  /** Lighthouse's measure of the host's CPU speed (higher is faster), median: its simulated 4× CPU scales this machine's timings, so scores move with it. */
  benchmarkIndex: number;
  /** From the median run (by LCP): what the LCP element was, which elements shifted, which audits fell short. */
  lcpElement: string;
  shifts: string[];
  failedAudits: string[];
}

interface AuditResult {
  score: number | null;
  scoreDisplayMode?: string;
  title: string;
  numericValue?: number;
  details?: { items?: { type?: string; node?: { snippet?: string; selector?: string } }[] };
}
interface LighthouseResult {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, AuditResult>;
}

/** Runs Lighthouse (its default mobile profile: simulated slow 4G and 4× CPU) `runs` times per page in Debian's Chromium. */
export async function benchLighthouse(pages: { name: string; url: string }[], runs: number, log: (line: string) => void): Promise<LighthousePage[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const results: LighthousePage[] = [];
    for (const page of pages) {
      const lhrs: LighthouseResult[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
        lhrs.push(result.lhr as unknown as LighthouseResult);
      }
      results.push(summarize(page, lhrs));
      log(`Lighthouse: ${page.name} done (${runs} runs)`);
    }
    return results;
  } finally {
    chrome.kill();
  }
}

function summarize(page: { name: string; url: string }, lhrs: LighthouseResult[]): LighthousePage {
  const metric = (lhr: LighthouseResult, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const byLcp = [...lhrs].sort((a, b) => metric(a, 'largest-contentful-paint') - metric(b, 'largest-contentful-paint'));
  const middle = byLcp[Math.floor(byLcp.length / 2)] as LighthouseResult;
  const snippet = (item?: { node?: { snippet?: string; selector?: string } }) => item?.node?.snippet?.slice(0, 120) ?? '';
  // Lighthouse 13 names the LCP element in its LCP breakdown insight, as the list's node item.
  const lcpItems = middle.audits['lcp-breakdown-insight']?.details?.items ?? [];
  const lcpNode = lcpItems.find((item) => item.type === 'node') as { snippet?: string; nodeLabel?: string } | undefined;
  const lcpElement = lcpNode ? `${lcpNode.snippet ?? ''} ${lcpNode.nodeLabel?.slice(0, 60) ?? ''}`.trim() : '';
  const shifts = (middle.audits['layout-shifts']?.details?.items ?? []).map(snippet).filter(Boolean).slice(0, 3);
  const failedAudits = CATEGORIES.flatMap((category) =>
    (middle.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, audit: middle.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
      .map(({ id, audit }) => `${category}: ${id} (${audit?.score})`),
  );
  return {
    ...page,
    runs: lhrs.length,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(median(lhrs.map((l) => (l.categories[c]?.score ?? 0) * 100)))])) as Record<Category, number>,
    fcp: median(lhrs.map((l) => metric(l, 'first-contentful-paint'))),
    lcp: median(lhrs.map((l) => metric(l, 'largest-contentful-paint'))),
    tbt: median(lhrs.map((l) => metric(l, 'total-blocking-time'))),
    cls: median(lhrs.map((l) => metric(l, 'cumulative-layout-shift'))),
    performanceRuns: lhrs.map((l) => Math.round((l.categories.performance?.score ?? 0) * 100)),
    tbtRuns: lhrs.map((l) => metric(l, 'total-blocking-time')),
    benchmarkIndex: median(lhrs.map((l) => l.environment?.benchmarkIndex ?? Number.NaN)),
    lcpElement,
    shifts,
    failedAudits,
  };
}
