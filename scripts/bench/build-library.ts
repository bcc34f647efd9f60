/**
 * The production build of a generated library, as `scripts/build.ts` runs it, with phase timings,
 * for `npm run bench` (one child process per build, so every build starts cold).
 *
 * One difference, reported by the bench: Workbox's precache size limit is lifted, because past a few
 * hundred articles the search index outgrows it and the real build stops there. The bench measures
 * the rest of the build anyway and names the files over the real limit.
 *
 * Reads MINUTIAE_CONTENT_DIR, MINUTIAE_OUT_DIR and MINUTIAE_REPORT_DIR; prints one line
 * `BENCH_BUILD {json}` with the phase times in milliseconds.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build, type ConfigEnv, type InlineConfig, type Plugin, type PluginOption, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderAndReport } from '../../src/node/prerender/prerender-site.ts';
import { ssrOutDir } from '../../src/node/prerender/ssr-out-dir.ts';
import { pwaOptions } from '../../src/node/pwa/pwa-options.ts';
import { checkPrecache } from '../../src/node/pwa/check-precache.ts';
import viteConfig from '../../vite.config.ts';

/** Phase times of one build, in milliseconds. */
export interface BuildTimings {
  ssr: number;
  /** Client build up to its first output chunk: content pipeline and bundling. */
  contentAndBundle: number;
  /** Writing the bundle and route data. */
  write: number;
  /** Prerendering every route and generating the service worker. */
  prerenderAndServiceWorker: number;
  checkPrecache: number;
  total: number;
}

const outDir = path.resolve(process.env.MINUTIAE_OUT_DIR ?? 'dist');

async function configFor(env: ConfigEnv): Promise<UserConfig> {
  const config = typeof viteConfig === 'function' ? await viteConfig(env) : await viteConfig;
  return config;
}

const isPwaPlugin = (plugin: PluginOption): boolean =>
  !!plugin && typeof plugin === 'object' && 'name' in plugin && typeof plugin.name === 'string' && plugin.name.startsWith('vite-plugin-pwa');

/** The project's client config with the PWA plugin rebuilt around an unlimited precache file size. */
async function clientConfig(clock: Plugin): Promise<InlineConfig> {
  const config = await configFor({ command: 'build', mode: 'production', isSsrBuild: false, isPreview: false });
  const options = pwaOptions(() => prerenderAndReport(outDir, path.join(ssrOutDir(outDir), 'entry-server.js')));
  const plugins = (config.plugins ?? []).flat(Infinity as 1).filter((p) => !isPwaPlugin(p));
  return {
    ...config,
    configFile: false,
    logLevel: 'warn',
    plugins: [...plugins, ...VitePWA({ ...options, workbox: { ...options.workbox, maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER } }), clock],
    build: { ...config.build, outDir, emptyOutDir: true },
  };
}

/** Marks when the client build reaches each stage. */
function clockPlugin(marks: Map<string, number>): Plugin {
  const mark = (name: string) => () => void marks.set(name, performance.now());
  return { name: 'bench:clock', renderStart: mark('renderStart'), writeBundle: mark('writeBundle') };
}

async function main() {
  const started = performance.now();
  const ssrConfig = await configFor({ command: 'build', mode: 'production', isSsrBuild: true, isPreview: false });
  await build({ ...ssrConfig, configFile: false, logLevel: 'warn', build: { ...ssrConfig.build, ssr: 'src/app/entry-server.tsx', outDir: ssrOutDir(outDir), emptyOutDir: true } });
  const ssrDone = performance.now();
  const marks = new Map<string, number>();
  await build(await clientConfig(clockPlugin(marks)));
  const clientDone = performance.now();
  await rm(ssrOutDir(outDir), { recursive: true, force: true });
  await checkPrecache(outDir);
  const done = performance.now();
  const renderStart = marks.get('renderStart') ?? ssrDone;
  const writeBundle = marks.get('writeBundle') ?? renderStart;
  const timings: BuildTimings = {
    ssr: ssrDone - started,
    contentAndBundle: renderStart - ssrDone,
    write: writeBundle - renderStart,
    prerenderAndServiceWorker: clientDone - writeBundle,
    checkPrecache: done - clientDone,
    total: done - started,
  };
  console.log(`BENCH_BUILD ${JSON.stringify(timings)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
