/**
 * `npm test`, right after the build: the first-load JS and CSS of every kind of route (from the
 * build's reports/route-sizes.json) against tests/budgets.json. Prints the table; exits 1 when a
 * route is over budget or has none. MINUTIAE_REPORT_DIR points at another build's reports.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RouteSize } from '../src/node/prerender/sizes.ts';
import { checkBudgets, formatBudgetTable, type BudgetFile } from './budgets/budgets.ts';

const BUDGET_FILE = path.resolve('tests/budgets.json');

async function main() {
  const reports = path.resolve(process.env.MINUTIAE_REPORT_DIR ?? 'reports');
  const sizesFile = path.join(reports, 'route-sizes.json');
  const sizes = JSON.parse(await readFile(sizesFile, 'utf8').catch(() => {
    throw new Error(`No ${path.relative(process.cwd(), sizesFile)}: run \`npm run build\` first.`);
  })) as RouteSize[];
  const budgets = JSON.parse(await readFile(BUDGET_FILE, 'utf8')) as BudgetFile;
  const { rows, failures } = checkBudgets(sizes, budgets);
  console.log('First-load size per route against tests/budgets.json (gzip):');
  console.log(formatBudgetTable(rows));
  if (failures.length) {
    console.error(`\nPerformance budget exceeded:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('All routes within budget.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
