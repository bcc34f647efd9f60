import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** The build the e2e run serves (same variable the build and `vite preview` read). */
export const outDir = path.resolve(process.env.MINUTIAE_OUT_DIR ?? 'dist');

/** A port of our own, away from the shared preview server and from parallel workers. */
export function ownPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4173) + 100 + offset;
}

/** A `vite preview` of `dir` that a test can stop, for real outages and deploys. */
export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves a build on `port` and resolves once it answers. */
export async function serveBuild(dir: string, port: number): Promise<TestServer> {
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, MINUTIAE_OUT_DIR: dir },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`preview of ${dir} exited (is port ${port} taken?)`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`preview of ${dir} did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      const stopDeadline = Date.now() + 10_000;
      while (Date.now() < stopDeadline) {
        try {
          await fetch(url);
        } catch {
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`preview on ${url} did not stop`);
    },
  };
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
