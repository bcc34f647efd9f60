import type { RouteSize } from '../../src/node/prerender/sizes.ts';

/** The gzip bytes one kind of route may load before it is interactive. */
export interface RouteBudget {
  js: number;
  css: number;
}

/** `tests/budgets.json`: a budget per page (route kind), and the ceilings no budget may pass. */
export interface BudgetFile {
  /** Page name (`article-page`) to its budget, in gzip bytes. */
  routes: Record<string, RouteBudget>;
  /** Hard limits from the performance issue: a budget above one is itself an error. */
  ceilings?: Record<string, Partial<RouteBudget>>;
}

/** One row of the budget table. */
export interface BudgetRow {
  page: string;
  route: string;
  js: number;
  css: number;
  budget: RouteBudget | null;
  ok: boolean;
}

/** What {@link checkBudgets} found. */
export interface BudgetResult {
  rows: BudgetRow[];
  /** Every reason the check fails, one line each; empty when all routes are within budget. */
  failures: string[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Compares measured first-load sizes with their budgets. Fails on a route over budget, on a route
 * without a budget (a new kind of page must get one), on a budget for a page no longer measured,
 * and on a budget set above its ceiling.
 */
export function checkBudgets(sizes: readonly RouteSize[], file: BudgetFile): BudgetResult {
  const failures: string[] = [];
  const rows = sizes.map((size): BudgetRow => {
    const budget = file.routes[size.page] ?? null;
    if (!budget) {
      failures.push(`${size.page}: no budget in tests/budgets.json (measured JS ${kb(size.js)}, CSS ${kb(size.css)})`);
      return { ...size, budget, ok: false };
    }
    let ok = true;
    for (const kind of ['js', 'css'] as const) {
      if (size[kind] > budget[kind]) {
        ok = false;
        failures.push(`${size.page}: first-load ${kind.toUpperCase()} is ${kb(size[kind])}, over its budget of ${kb(budget[kind])} by ${size[kind] - budget[kind]} bytes`);
      }
    }
    return { ...size, budget, ok };
  });

  const measured = new Set(sizes.map((s) => s.page));
  for (const page of Object.keys(file.routes)) {
    if (!measured.has(page)) failures.push(`${page}: has a budget but the build measured no such page (remove or rename its budget)`);
  }
  for (const [page, ceiling] of Object.entries(file.ceilings ?? {})) {
    const budget = file.routes[page];
    for (const kind of ['js', 'css'] as const) {
      const limit = ceiling[kind];
      if (budget && limit !== undefined && budget[kind] > limit) failures.push(`${page}: ${kind.toUpperCase()} budget ${kb(budget[kind])} is above its ceiling of ${kb(limit)}`);
    }
  }
  return { rows, failures };
}

/** The measured sizes beside their budgets, as a plain-text table. */
export function formatBudgetTable(rows: readonly BudgetRow[]): string {
  const cells = rows.map((r) => [
    r.page,
    kb(r.js),
    r.budget ? kb(r.budget.js) : '—',
    kb(r.css),
    r.budget ? kb(r.budget.css) : '—',
    r.ok ? 'ok' : 'OVER',
  ]);
  const header = ['page', 'JS (gzip)', 'JS budget', 'CSS (gzip)', 'CSS budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}
