/**
 * `npm run build`: the SSR bundle first, then the client build. The client build validates
 * content, writes route data, prerenders every route with the SSR bundle, and only then lets
 * Workbox generate the service worker, so all of it is precached; finally every file a reader
 * needs offline is checked against the precache manifest. MINUTIAE_CONTENT_DIR and
 * MINUTIAE_OUT_DIR override `content/` and `dist/` (benchmarks build generated libraries so).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { checkPrecache } from '../src/node/pwa/check-precache.ts';

import { ssrOutDir } from '../src/node/prerender/ssr-out-dir.ts';

const outDir = path.resolve(process.env.MINUTIAE_OUT_DIR ?? 'dist');
const ssrDir = ssrOutDir(outDir);

async function main() {
  const started = performance.now();
  // The data files alone can number thousands: Vite's per-file listing gives way to our own summary.
  await build({ logLevel: 'warn', build: { ssr: 'src/app/entry-server.tsx', outDir: ssrDir, emptyOutDir: true } });
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await rm(ssrDir, { recursive: true, force: true });
  const precached = await checkPrecache(outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Service worker precaches ${precached} files. Built ${path.relative(process.cwd(), outDir) || '.'}/ in ${seconds}s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
