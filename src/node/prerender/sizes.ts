import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { routeAssets, type ViteManifest } from './route-assets.ts';

/** Gzip bytes a route loads before it is interactive. */
export interface RouteSize {
  route: string;
  page: string;
  js: number;
  css: number;
}

/** Measures the first-load JS and CSS of each route from the built files. */
export async function measureRoutes(dist: string, manifest: ViteManifest, routes: { route: string; page: string }[]): Promise<RouteSize[]> {
  const cache = new Map<string, number>();
  const gzipped = async (file: string) => {
    const known = cache.get(file);
    if (known !== undefined) return known;
    const size = gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length;
    cache.set(file, size);
    return size;
  };
  const sum = async (files: string[]) => (await Promise.all(files.map(gzipped))).reduce((a, b) => a + b, 0);
  return Promise.all(
    routes.map(async ({ route, page }) => {
      const assets = routeAssets(manifest, page);
      return { route, page, js: await sum(assets.scripts), css: await sum(assets.styles) };
    }),
  );
}

/** A plain-text table of route sizes in KB. */
export function formatSizeTable(sizes: readonly RouteSize[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = sizes.map((s) => [s.page, s.route, kb(s.js), kb(s.css)]);
  const header = ['page', 'example route', 'JS (gzip)', 'CSS (gzip)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return ['First-load size per route:', line(header), ...rows.map(line)].join('\n');
}
