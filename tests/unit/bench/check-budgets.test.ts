import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBudgets, formatBudgetTable, type BudgetFile } from '../../../scripts/budgets/budgets.ts';
import type { RouteSize } from '../../../src/node/prerender/sizes.ts';

const size = (page: string, js: number, css = 1000): RouteSize => ({ page, route: `/${page}`, js, css });
const budgets: BudgetFile = {
  routes: { 'library-page': { js: 100_000, css: 4000 }, 'article-page': { js: 150_000, css: 5000 } },
  ceilings: { 'library-page': { js: 110 * 1024 }, 'article-page': { js: 175 * 1024 } },
};

describe('checkBudgets', () => {
  it.each([
    ['every route under budget', [size('library-page', 99_000), size('article-page', 149_000)], []],
    ['a route exactly at its budget', [size('library-page', 100_000, 4000), size('article-page', 150_000)], []],
    ['JS one byte over', [size('library-page', 100_001), size('article-page', 1)], ['library-page: first-load JS is 97.7 KB, over its budget of 97.7 KB by 1 bytes']],
    ['CSS over', [size('library-page', 1, 4500), size('article-page', 1)], ['library-page: first-load CSS is 4.4 KB, over its budget of 3.9 KB by 500 bytes']],
    ['a page without a budget', [size('library-page', 1), size('article-page', 1), size('search-page', 1)], ['search-page: no budget in tests/budgets.json (measured JS 0.0 KB, CSS 1.0 KB)']],
    ['a budget for a page no longer built', [size('library-page', 1)], ['article-page: has a budget but the build measured no such page (remove or rename its budget)']],
  ] as const)('%s', (_name, sizes, failures) => {
    expect(checkBudgets(sizes, budgets).failures).toEqual(failures);
  });

  it('marks the rows over budget', () => {
    const { rows } = checkBudgets([size('library-page', 120_000), size('article-page', 1)], budgets);
    expect(rows.map((r) => [r.page, r.ok])).toEqual([
      ['library-page', false],
      ['article-page', true],
    ]);
    expect(formatBudgetTable(rows)).toMatch(/^library-page\s+117\.2 KB\s+97\.7 KB\s+1\.0 KB\s+3\.9 KB\s+OVER$/m);
  });

  it('fails a budget raised above its ceiling, even when the route fits it', () => {
    const raised: BudgetFile = { ...budgets, routes: { ...budgets.routes, 'library-page': { js: 120_000, css: 4000 } } };
    expect(checkBudgets([size('library-page', 115_000), size('article-page', 1)], raised).failures).toEqual([
      'library-page: JS budget 117.2 KB is above its ceiling of 110.0 KB',
    ]);
  });

  it('the committed budgets stay within the ceilings of the performance issue', () => {
    const file = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as BudgetFile;
    expect(file.ceilings).toMatchObject({ 'library-page': { js: 110 * 1024 }, 'glossary-page': { js: 110 * 1024 }, 'article-page': { js: 175 * 1024 } });
    const asMeasured = Object.entries(file.routes).map(([page, b]) => size(page, b.js, b.css));
    expect(checkBudgets(asMeasured, file).failures).toEqual([]);
  });
});
