/**
 * Times the content pipeline alone (`buildSite` + `siteFiles`: read, validate, link terms, index
 * search, serialise) on generated libraries, in wall and CPU time, phase by phase where it can.
 * Quicker than a whole `npm run bench` build, and CPU time holds steadier on a busy machine.
 *
 * Usage: tsx scripts/bench/pipeline.ts [--steps 100,1000] [--keep-dir /tmp/x]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, siteFiles } from '../../src/node/content/build-site.ts';
import { generateLibrary } from './generate/library.ts';

const { values: args } = parseArgs({ options: { steps: { type: 'string', default: '100,1000' }, dir: { type: 'string' } } });

async function main() {
  const workDir = args.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'minutiae-pipeline-')));
  try {
    for (const articles of args.steps.split(',').map(Number)) {
      const contentDir = path.join(workDir, `content-${articles}`);
      if (!(await stat(contentDir).catch(() => null))) await generateLibrary(contentDir, { articles });
      const wall = performance.now();
      const cpu = process.cpuUsage();
      const files = siteFiles(await buildSite(contentDir));
      const used = process.cpuUsage(cpu);
      const bytes = [...files.values()].reduce((sum, text) => sum + text.length, 0);
      console.log(
        `N=${articles}: pipeline ${((performance.now() - wall) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU; ${files.size} data files, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
      );
    }
  } finally {
    if (!args.dir) await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
