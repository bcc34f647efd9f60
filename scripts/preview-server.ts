import { spawn } from 'node:child_process';

/** A running `vite preview` of one build. */
export interface PreviewServer {
  url: string;
  /** Stops the server and resolves once its port no longer answers. */
  stop(): Promise<void>;
}

const answers = (url: string) => fetch(url).then(
  () => true,
  () => false,
);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serves `outDir` as production serves it (clean URLs, real 404s) on 127.0.0.1:`port`, and
 * resolves once it answers. Refuses a port something already answers on: a server left running
 * from another build would otherwise be measured or tested in this one's place.
 */
export async function servePreview(outDir: string, port: number, { timeoutMs = 60_000 } = {}): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url)) throw new Error(`port ${port} is in use by another server (${url}): stop it, or choose another port`);
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, MINUTIAE_OUT_DIR: outDir },
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview of ${outDir} exited (is port ${port} taken?)`);
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`vite preview of ${outDir} did not answer on ${url}`);
    await pause(200);
  }
  return {
    url,
    async stop() {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      const stopDeadline = Date.now() + 10_000;
      while (await answers(url)) {
        if (Date.now() > stopDeadline) throw new Error(`vite preview on ${url} did not stop`);
        await pause(100);
      }
    },
  };
}
