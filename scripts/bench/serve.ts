import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

/** Debian's Chromium (Playwright's and Lighthouse's own downloads are not used). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium on a machine without a network: nothing phones home. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** A running `vite preview` of one build. */
export interface Preview {
  url: string;
  stop(): Promise<void>;
}

/** Serves `outDir` as production serves it (clean URLs, real 404s) on 127.0.0.1:`port`. */
export async function servePreview(outDir: string, port: number): Promise<Preview> {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, MINUTIAE_OUT_DIR: outDir },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview of ${outDir} exited (is port ${port} taken?)`);
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`vite preview of ${outDir} did not answer on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    async stop() {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
  };
}

/** Headless Debian Chromium through Playwright. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
