/**
 * `npm run build`: the client build (which validates content and writes route data), the SSR
 * build, then static HTML for every route. MINUTIAE_CONTENT_DIR and MINUTIAE_OUT_DIR override
 * `content/` and `dist/` (benchmarks build generated libraries this way).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { prerenderSite } from '../src/node/prerender/prerender-site.ts';
import { formatSizeTable } from '../src/node/prerender/sizes.ts';

const outDir = path.resolve(process.env.MINUTIAE_OUT_DIR ?? 'dist');
const ssrDir = `${outDir}-ssr`;
const reportDir = path.resolve(process.env.MINUTIAE_REPORT_DIR ?? 'reports');

async function main() {
  const started = performance.now();
  await rm(ssrDir, { recursive: true, force: true });
  // The data files alone can number thousands: Vite's per-file listing is replaced by the table below.
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await build({ logLevel: 'warn', build: { ssr: 'src/app/entry-server.tsx', outDir: ssrDir, emptyOutDir: true } });
  const report = await prerenderSite(outDir, path.join(ssrDir, 'entry-server.js'));
  await rm(ssrDir, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Built ${report.pages} pages, ${report.redirects} alias redirects and 404.html into ${path.relative(process.cwd(), outDir)}/ in ${seconds}s`);
  console.log(formatSizeTable(report.sizes));
  await mkdir(reportDir, { recursive: true });
  await writeFile(path.join(reportDir, 'route-sizes.json'), `${JSON.stringify(report.sizes, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
