import { defaultPreferences } from '../../../src/store/preferences.ts';
import { describe, expect, it } from 'vitest';
import type { ArticleSlug, SectionId } from '../../../src/shared/ids.ts';
import type { Bookmark, ProgressEntry, ReadingData } from '../../../src/store/reading-data.ts';
import { buildExport, exportFileName, importReadingData } from '../../../src/store/transfer.ts';

const NOW = 1_764_000_000_000;
const bookmark = (name: string, updatedAt: number, extra: Partial<Bookmark> = {}): Bookmark => ({
  article: 'a' as ArticleSlug,
  articleTitle: 'A',
  section: name as SectionId,
  heading: name,
  note: '',
  createdAt: updatedAt,
  updatedAt,
  removed: false,
  ...extra,
});
const progress = (article: string, updatedAt: number, percent = 50): ProgressEntry => ({
  article: article as ArticleSlug,
  position: { section: null, fraction: 0.5 },
  percent,
  furthest: percent,
  startedAt: Math.max(0, updatedAt - 10),
  lastReadAt: updatedAt,
  finishedAt: null,
  updatedAt,
});
const data = (bookmarks: Bookmark[], entries: ProgressEntry[] = []): ReadingData => ({
  progress: Object.fromEntries(entries.map((e) => [e.article, e])),
  bookmarks: Object.fromEntries(bookmarks.map((b) => [`${b.article}#${b.section}`, b])),
  preferences: defaultPreferences(),
});
const file = (d: ReadingData) => JSON.stringify(buildExport(d, NOW));

describe('export', () => {
  it('labels the file and leaves out removed bookmarks and reset progress', () => {
    const d = data([bookmark('kept', 1), bookmark('gone', 2, { removed: true })], [progress('read', 5), { ...progress('reset', 6), startedAt: null }]);
    const exported = buildExport(d, NOW);
    expect(exported).toMatchObject({ app: 'minutiae', kind: 'reading-data', version: 1, exportedAt: new Date(NOW).toISOString() });
    expect(Object.keys(exported.state.bookmarks)).toEqual(['a#kept']);
    expect(Object.keys(exported.state.progress)).toEqual(['read']);
    expect(exportFileName(NOW)).toBe('minutiae-reading-data-2025-11-24.json');
  });
});

describe('import', () => {
  it('round-trips into empty data', () => {
    const d = data([bookmark('one', 1), bookmark('two', 2)], [progress('x', 5)]);
    const result = importReadingData(file(d), data([]), NOW);
    expect(result).toMatchObject({ ok: true, report: { addedBookmarks: 2, addedProgress: 1, updated: 0, skipped: 0, invalid: 0 } });
    if (result.ok) expect(result.data).toEqual(d);
  });

  it('merges without duplicates: adds new, updates older, skips the rest', () => {
    const current = data([bookmark('same', 10), bookmark('older-here', 10, { note: 'old' }), bookmark('newer-here', 30, { note: 'mine' })], [progress('x', 50)]);
    const incoming = data(
      [bookmark('same', 10), bookmark('older-here', 20, { note: 'new' }), bookmark('newer-here', 20, { note: 'theirs' }), bookmark('fresh', 5)],
      [progress('x', 40), progress('y', 40)],
    );
    const result = importReadingData(file(incoming), current, NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.report).toEqual({ addedBookmarks: 1, addedProgress: 1, updated: 1, skipped: 3, invalid: 0, preferencesUpdated: false });
    expect(Object.keys(result.data.bookmarks)).toEqual(['a#fresh', 'a#newer-here', 'a#older-here', 'a#same']);
    expect(result.data.bookmarks['a#older-here']?.note).toBe('new');
    expect(result.data.bookmarks['a#newer-here']?.note).toBe('mine');
    expect(result.data.progress.x?.updatedAt).toBe(50);
  });

  it('does not bring back a bookmark removed here after the export', () => {
    const result = importReadingData(file(data([bookmark('one', 10)])), data([bookmark('one', 20, { removed: true })]), NOW);
    expect(result).toMatchObject({ ok: true, report: { addedBookmarks: 0, skipped: 1 } });
  });

  it('counts invalid items as skipped and imports the rest', () => {
    const text = JSON.stringify({ ...buildExport(data([bookmark('one', 1)]), NOW), state: { bookmarks: { good: bookmark('one', 1), bad: { article: 5 } }, progress: 'x' } });
    const result = importReadingData(text, data([]), NOW);
    expect(result).toMatchObject({ ok: true, report: { addedBookmarks: 1, invalid: 2 } });
  });

  it.each([
    ['not JSON', '{ nope', 'not-json'],
    ['JSON of another kind', JSON.stringify({ state: {}, version: 1 }), 'not-reading-data'],
    ['an array', '[]', 'not-reading-data'],
    ['a label but no state', JSON.stringify({ app: 'minutiae', kind: 'reading-data', version: 1 }), 'not-reading-data'],
    ['a newer version', JSON.stringify({ app: 'minutiae', kind: 'reading-data', version: 2, state: {} }), 'newer-version'],
    ['a version never shipped', JSON.stringify({ app: 'minutiae', kind: 'reading-data', version: 0, state: {} }), 'not-reading-data'],
  ])('refuses %s', (_label, text, reason) => {
    expect(importReadingData(text, data([bookmark('one', 1)]), NOW)).toEqual({ ok: false, reason });
  });
});
