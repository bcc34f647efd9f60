import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPrecache, mustBePrecached, precacheUrls } from '../../../src/node/pwa/check-precache.ts';

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'precache-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const sw = (urls: string[]) => `define(["./workbox-1"],function(e){e.precacheAndRoute([${urls.map((u) => `{url:"${u}",revision:"1"}`).join(',')}],{})});`;

describe('precache check', () => {
  it('reads the URLs of a generated service worker', () => {
    expect(precacheUrls(sw(['index.html', 'assets/a.js']))).toEqual(['index.html', 'assets/a.js']);
  });

  it.each([
    ['articles/x.html', true],
    ['data/terms/tpe.json', true],
    ['assets/index-abc.js', true],
    ['pwa-192x192.png', true],
    ['sw.js', false],
    ['workbox-9c191d2f.js', false],
    ['.vite/manifest.json', false],
    ['notes.txt', false],
  ])('%s must be precached: %s', (file, expected) => {
    expect(mustBePrecached(file)).toBe(expected);
  });

  it('passes when everything readers need is listed', async () => {
    const dir = await site({ 'index.html': '', 'data/library.json': '{}', 'sw.js': sw(['index.html', 'data/library.json']) });
    await expect(checkPrecache(dir)).resolves.toBe(2);
  });

  it('fails naming what the service worker would leave out', async () => {
    const dir = await site({ 'index.html': '', 'articles/new.html': '', 'sw.js': sw(['index.html']) });
    await expect(checkPrecache(dir)).rejects.toThrow(/would not precache 1 file\(s\)[\s\S]*articles\/new\.html/);
  });

  it('fails when a URL is listed twice, which stops Workbox installing', async () => {
    const dir = await site({ 'index.html': '', 'sw.js': sw(['index.html', 'index.html']) });
    await expect(checkPrecache(dir)).rejects.toThrow(/names these twice: index\.html/);
  });
});
