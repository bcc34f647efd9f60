import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSlug, SectionId } from '../../../src/shared/ids.ts';
import { BACKUP_KEY_PREFIX, STORAGE_KEY } from '../../../src/store/reading-data.ts';
import { createReadingStore, type ReadingStore } from '../../../src/store/reading-store.ts';
import type { BookmarkTarget } from '../../../src/store/store-types.ts';
import { importIntoStore } from '../../../src/store/transfer.ts';
import v1 from './fixtures/v1.json';
import { MemoryStorage } from './memory-storage.ts';

const NOW = 1_764_000_000_000;
const target = (section: string): BookmarkTarget => ({
  article: 'the-human-touch' as ArticleSlug,
  articleTitle: 'The Human Touch',
  section: section as SectionId,
  heading: section,
});

let storage: MemoryStorage;
let stops: (() => void)[] = [];
let clock = NOW;

function open(options: { getStorage?: () => Storage | null } = {}): ReadingStore {
  const reading = createReadingStore({ getStorage: options.getStorage ?? (() => storage.asStorage()), now: () => clock, writeDelay: 500, maxWriteWait: 2000 });
  stops.push(reading.start());
  return reading;
}
const stored = () => JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as { version: number; state: { bookmarks: Record<string, unknown> } } | null;
const backups = () => [...storage.map.keys()].filter((k) => k.startsWith(BACKUP_KEY_PREFIX));

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  clock = NOW;
});
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  vi.useRealTimers();
});

describe('reading store persistence', () => {
  it('reads nothing until started, then applies stored data', () => {
    storage.setItem(STORAGE_KEY, JSON.stringify(v1));
    const reading = createReadingStore({ getStorage: () => storage.asStorage(), now: () => clock });
    expect(reading.store.getState()).toMatchObject({ ready: false, bookmarks: {} });
    stops.push(reading.start());
    const state = reading.store.getState();
    expect(state.ready).toBe(true);
    expect(state.notices).toEqual([]);
    expect(state.progress['materials-of-miniature-realism']?.furthest).toBe(44.2);
  });

  it('debounces writes and persists only data, with the version', () => {
    const { store } = open();
    storage.writes = 0;
    store.getState().toggleBookmark(target('one'));
    store.getState().toggleBookmark(target('two'));
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(500);
    expect(storage.writes).toBe(1);
    const value = stored();
    expect(value?.version).toBe(1);
    expect(Object.keys(value?.state ?? {})).toEqual(['progress', 'bookmarks', 'preferences']);
    expect(Object.keys(value?.state.bookmarks ?? {})).toEqual(['the-human-touch#one', 'the-human-touch#two']);
  });

  it('writes at least every maxWait while changes keep coming', () => {
    const { store } = open();
    storage.writes = 0;
    for (let i = 1; i <= 10; i += 1) {
      store.getState().recordPosition('the-human-touch' as ArticleSlug, { section: null, fraction: i / 10 }, i, false);
      vi.advanceTimersByTime(300);
    }
    expect(storage.writes).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'visibilitychange to hidden',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('flushes on %s', (_label, hide) => {
    const { store } = open();
    store.getState().toggleBookmark(target('one'));
    hide();
    expect(Object.keys(stored()?.state.bookmarks ?? {})).toEqual(['the-human-touch#one']);
    vi.restoreAllMocks();
  });

  it('recovers from invalid JSON: backs it up, says so, renders empty data', () => {
    storage.setItem(STORAGE_KEY, '{"state": {"bookm');
    const { store, flush } = open();
    expect(store.getState()).toMatchObject({ ready: true, notices: ['recovered'], bookmarks: {} });
    expect(backups().map((k) => storage.getItem(k))).toEqual(['{"state": {"bookm']);
    store.getState().toggleBookmark(target('one'));
    flush();
    expect(stored()?.version).toBe(1);
  });

  it('keeps valid items of a wrong shape and backs up the original', () => {
    const raw = JSON.stringify({ version: 1, state: { progress: 7, bookmarks: { ok: { ...v1.state.bookmarks['materials-of-miniature-realism#why-tpe-holds-detail'] }, bad: { article: 3 } } } });
    storage.setItem(STORAGE_KEY, raw);
    const { store, flush } = open();
    expect(store.getState().notices).toEqual(['recovered']);
    expect(Object.keys(store.getState().bookmarks)).toEqual(['materials-of-miniature-realism#why-tpe-holds-detail']);
    expect(backups().map((k) => storage.getItem(k))).toEqual([raw]);
    flush();
    expect(Object.keys(stored()?.state.bookmarks ?? {})).toEqual(['materials-of-miniature-realism#why-tpe-holds-detail']);
  });

  it('salvages an unknown version with a notice', () => {
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...v1, version: 42 }));
    const { store } = open();
    expect(store.getState().notices).toEqual(['recovered']);
    expect(Object.keys(store.getState().bookmarks)).toHaveLength(2);
  });

  it('keeps only the newest backups', () => {
    for (let i = 0; i < 5; i += 1) {
      clock = NOW + i * 1000;
      storage.setItem(STORAGE_KEY, `broken ${i}`);
      const { flush } = open();
      flush();
    }
    expect(backups().map((k) => storage.getItem(k))).toEqual(['broken 2', 'broken 3', 'broken 4']);
  });

  it('keeps working in memory when writes fail, and says so once', () => {
    const { store, flush } = open();
    storage.failWrites = true;
    store.getState().toggleBookmark(target('one'));
    flush();
    store.getState().toggleBookmark(target('two'));
    flush();
    expect(store.getState().notices).toEqual(['unsaved']);
    expect(Object.keys(store.getState().bookmarks)).toHaveLength(2);
    store.getState().dismissNotice('unsaved');
    store.getState().toggleBookmark(target('three'));
    flush();
    expect(store.getState().notices).toEqual([]);
  });

  it('works without any storage at all (blocked)', () => {
    const { store, flush } = open({
      getStorage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(store.getState().ready).toBe(true);
    store.getState().toggleBookmark(target('one'));
    flush();
    expect(store.getState().notices).toEqual(['unsaved']);
    expect(store.getState().bookmarks['the-human-touch#one']?.removed).toBe(false);
  });
});

describe('two tabs', () => {
  it('keep both bookmarks when they save at once', () => {
    const a = open();
    const b = open();
    a.store.getState().toggleBookmark(target('from-a'));
    b.store.getState().toggleBookmark(target('from-b'));
    a.flush();
    b.flush();
    expect(Object.keys(stored()?.state.bookmarks ?? {})).toEqual(['the-human-touch#from-a', 'the-human-touch#from-b']);
    expect(Object.keys(b.store.getState().bookmarks)).toEqual(['the-human-touch#from-a', 'the-human-touch#from-b']);
  });

  it('merge what the other tab saved when the storage event arrives', () => {
    const a = open();
    const b = open();
    b.store.getState().toggleBookmark(target('from-b'));
    b.flush();
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: storage.getItem(STORAGE_KEY) }));
    expect(Object.keys(a.store.getState().bookmarks)).toEqual(['the-human-touch#from-b']);
  });

  it('do not resurrect a bookmark one of them removed', () => {
    const a = open();
    a.store.getState().toggleBookmark(target('one'));
    a.flush();
    const b = open();
    expect(b.store.getState().bookmarks['the-human-touch#one']?.removed).toBe(false);
    clock += 1000;
    b.store.getState().removeBookmark('the-human-touch#one');
    b.flush();
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: storage.getItem(STORAGE_KEY) }));
    a.flush();
    expect(a.store.getState().bookmarks['the-human-touch#one']?.removed).toBe(true);
  });

  it('ignore other keys and cleared storage', () => {
    const a = open();
    a.store.getState().toggleBookmark(target('one'));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: '{}' }));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null }));
    expect(Object.keys(a.store.getState().bookmarks)).toEqual(['the-human-touch#one']);
  });
});

describe('import', () => {
  it('merges a file and persists it; a bad file changes nothing', () => {
    const { store, flush } = open();
    store.getState().toggleBookmark(target('mine'));
    const before = store.getState().bookmarks;
    expect(importIntoStore(store, 'not json', clock)).toEqual({ ok: false, reason: 'not-json' });
    expect(store.getState().bookmarks).toBe(before);
    const result = importIntoStore(store, JSON.stringify({ app: 'minutiae', kind: 'reading-data', ...v1 }), clock);
    expect(result).toMatchObject({ ok: true, report: { addedBookmarks: 1, addedProgress: 2 } });
    flush();
    expect(Object.keys(stored()?.state.bookmarks ?? {})).toEqual(['materials-of-miniature-realism#why-tpe-holds-detail', 'the-human-touch#mine']);
  });
});
