import { defaultPreferences } from '../../../src/store/preferences.ts';
import { describe, expect, it } from 'vitest';
import type { ArticleSlug, SectionId } from '../../../src/shared/ids.ts';
import { mergeReadingData, mergeRecords, newer } from '../../../src/store/merge.ts';
import type { Bookmark, ReadingData } from '../../../src/store/reading-data.ts';
import { advanceProgress, unreadEntry } from '../../../src/store/slices/progress-slice.ts';

const slug = (s: string) => s as ArticleSlug;
const section = (s: string) => s as SectionId;
const bookmark = (name: string, updatedAt: number, extra: Partial<Bookmark> = {}): Bookmark => ({
  article: slug('a'),
  articleTitle: 'A',
  section: section(name),
  heading: name,
  note: '',
  createdAt: 1,
  updatedAt,
  removed: false,
  ...extra,
});
const data = (bookmarks: Bookmark[], extra: Partial<ReadingData> = {}): ReadingData => ({
  progress: {},
  bookmarks: Object.fromEntries(bookmarks.map((b) => [`a#${b.section}`, b])),
  preferences: defaultPreferences(),
  ...extra,
});

describe('newer', () => {
  it('takes the later updatedAt, whichever side it is on', () => {
    const old = { updatedAt: 1, v: 'old' };
    const young = { updatedAt: 2, v: 'young' };
    expect(newer(old, young)).toBe(young);
    expect(newer(young, old)).toBe(young);
  });

  it('breaks ties the same way in every tab', () => {
    const x = { updatedAt: 5, v: 'x' };
    const y = { updatedAt: 5, v: 'y' };
    expect(newer(x, y)).toBe(newer(y, x));
  });
});

describe('mergeReadingData', () => {
  it('keeps bookmarks made in both tabs', () => {
    const merged = mergeReadingData(data([bookmark('one', 10)]), data([bookmark('two', 11)]));
    expect(Object.keys(merged.bookmarks)).toEqual(['a#one', 'a#two']);
  });

  it('takes the newer version of an item changed in both', () => {
    const merged = mergeReadingData(data([bookmark('one', 10, { note: 'mine' })]), data([bookmark('one', 20, { note: 'theirs' })]));
    expect(merged.bookmarks['a#one']?.note).toBe('theirs');
    const kept = mergeReadingData(data([bookmark('one', 30, { note: 'mine' })]), data([bookmark('one', 20, { note: 'theirs' })]));
    expect(kept.bookmarks['a#one']?.note).toBe('mine');
  });

  it('lets a newer removal win, and an older one lose', () => {
    const removedThere = mergeReadingData(data([bookmark('one', 10)]), data([bookmark('one', 20, { removed: true })]));
    expect(removedThere.bookmarks['a#one']?.removed).toBe(true);
    const readdedHere = mergeReadingData(data([bookmark('one', 30)]), data([bookmark('one', 20, { removed: true })]));
    expect(readdedHere.bookmarks['a#one']?.removed).toBe(false);
  });

  it('returns the same object when the other side adds nothing', () => {
    const local = data([bookmark('one', 10), bookmark('two', 12)]);
    expect(mergeReadingData(local, data([bookmark('one', 9)]))).toBe(local);
    expect(mergeReadingData(local, local)).toBe(local);
  });

  it('merges progress per article and keeps the newer reset', () => {
    const started = advanceProgress(undefined, slug('a'), { section: null, fraction: 0.5 }, 10, false, 100);
    const other = advanceProgress(undefined, slug('b'), { section: null, fraction: 0.2 }, 3, false, 100);
    if (!started || !other) throw new Error('expected entries');
    const merged = mergeReadingData(data([], { progress: { a: started } }), data([], { progress: { a: unreadEntry(slug('a'), 200), b: other } }));
    expect(merged.progress.a?.startedAt).toBeNull();
    expect(merged.progress.b?.percent).toBe(3);
  });

  it('mergeRecords sorts keys so tabs write identical text', () => {
    const a = mergeRecords({ z: { updatedAt: 1 } }, { a: { updatedAt: 1 } });
    const b = mergeRecords({ a: { updatedAt: 1 } }, { z: { updatedAt: 1 } });
    expect(JSON.stringify(a)).toBe(JSON.stringify({ a: { updatedAt: 1 }, z: { updatedAt: 1 } }));
    expect(Object.keys(b)).toEqual(['a', 'z']);
  });
});

describe('advanceProgress', () => {
  const at = (s: string | null, fraction: number) => ({ section: s === null ? null : section(s), fraction });

  it('does not start an article the reader has not moved into', () => {
    expect(advanceProgress(undefined, slug('a'), at(null, 0), 0, false, 5)).toBeUndefined();
  });

  it('starts, advances and remembers the furthest point and first finish', () => {
    const first = advanceProgress(undefined, slug('a'), at(null, 0.5), 5, false, 100);
    expect(first).toMatchObject({ startedAt: 100, lastReadAt: 100, percent: 5, furthest: 5, finishedAt: null });
    const end = advanceProgress(first, slug('a'), at('z', 1), 100, true, 200);
    expect(end).toMatchObject({ startedAt: 100, percent: 100, furthest: 100, finishedAt: 200 });
    const back = advanceProgress(end, slug('a'), at('b', 0.1), 40, false, 300);
    expect(back).toMatchObject({ percent: 40, furthest: 100, finishedAt: 200, lastReadAt: 300, updatedAt: 300 });
  });

  it('ignores moves too small to matter', () => {
    const entry = advanceProgress(undefined, slug('a'), at('b', 0.5), 40, false, 100);
    expect(advanceProgress(entry, slug('a'), at('b', 0.5001), 40.01, false, 200)).toBe(entry);
  });

  it('starts over after a reset', () => {
    const again = advanceProgress(unreadEntry(slug('a'), 100), slug('a'), at('b', 0.5), 40, false, 200);
    expect(again).toMatchObject({ startedAt: 200, furthest: 40, finishedAt: null });
  });
});
