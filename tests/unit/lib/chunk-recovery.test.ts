import { afterEach, describe, expect, it, vi } from 'vitest';
import { isStaleChunkError, reloadForFreshChunks } from '../../../src/lib/chunk-recovery.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('stale chunk recovery', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [new TypeError('Failed to fetch dynamically imported module: http://x/assets/a.js'), true],
    [new TypeError('Importing a module script failed.'), true],
    [new Error('Unable to preload CSS for /assets/a.css'), true],
    [new Error('Cannot read properties of undefined'), false],
    [null, false],
  ])('recognises %s as stale: %s', (error, expected) => {
    expect(isStaleChunkError(error)).toBe(expected);
  });

  it('reloads once, then refuses within the guard window so it can never loop', () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    const storage = memoryStorage();
    expect(reloadForFreshChunks(storage, 1_000_000)).toBe(true);
    expect(reloadForFreshChunks(storage, 1_010_000)).toBe(false);
    expect(reloadForFreshChunks(storage, 1_040_001)).toBe(true);
  });
});
