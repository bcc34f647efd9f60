import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** The URLs listed in a Workbox-generated service worker's precache manifest. */
export function precacheUrls(serviceWorker: string): string[] {
  return [...serviceWorker.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/** Files a reader needs offline: every page, script, style, data file, icon and the manifest. */
export function mustBePrecached(file: string): boolean {
  if (file.startsWith('.vite/') || file === 'sw.js' || /^workbox-[\w-]+\.js$/.test(file)) return false;
  return /\.(html|js|css|json|svg|png|ico|webmanifest|woff2)$/.test(file);
}

/** Fails when any file a reader needs offline is missing from dist/sw.js's precache list; returns the count. */
export async function checkPrecache(outDir: string): Promise<number> {
  const urls = precacheUrls(await readFile(path.join(outDir, 'sw.js'), 'utf8'));
  // Workbox refuses to install a precache list naming one URL twice: the app would never go offline.
  const twice = urls.filter((url, index) => urls.indexOf(url) !== index);
  if (twice.length) throw new Error(`The service worker's precache list names these twice: ${[...new Set(twice)].join(', ')}`);
  const listed = new Set(urls);
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter(mustBePrecached);
  const missing = files.filter((file) => !listed.has(file));
  if (missing.length) {
    throw new Error(`The service worker would not precache ${missing.length} file(s) readers need offline:\n  ${missing.slice(0, 20).join('\n  ')}`);
  }
  return listed.size;
}
