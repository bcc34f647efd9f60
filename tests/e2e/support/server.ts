import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';

export { servePreview, type PreviewServer } from '../../../scripts/preview-server.ts';

/** The build the e2e run serves (same variable the build and `vite preview` read). */
export const outDir = path.resolve(process.env.MINUTIAE_OUT_DIR ?? 'dist');

/** The e2e run's preview server: not `npm start`'s port (4173), where a preview of another build may be running. */
export const e2ePort = Number(process.env.E2E_PORT ?? 4200);

/** A port of our own, away from the shared preview server and from parallel workers. */
export function ownPort(offset: number): number {
  return e2ePort + 100 + offset;
}

/** The precache list of a build's service worker. */
export async function precachedUrls(dir: string): Promise<string[]> {
  const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Waits until the service worker controls the page and has precached the whole build in `dir`. */
export async function waitUntilOfflineReady(page: Page, dir: string): Promise<void> {
  const expected = (await precachedUrls(dir)).length;
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
  await page.waitForFunction(
    async (count) => {
      let total = 0;
      for (const name of (await caches.keys()).filter((n) => n.startsWith('workbox-precache'))) total += (await (await caches.open(name)).keys()).length;
      return total >= count;
    },
    expected,
    { timeout: 30_000, polling: 250 },
  );
}
