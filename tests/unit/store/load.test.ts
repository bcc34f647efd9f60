import { defaultPreferences } from '../../../src/store/preferences.ts';
import { describe, expect, it } from 'vitest';
import { loadReadingData } from '../../../src/store/load.ts';
import { migrateReadingData, migrations, READING_DATA_VERSION, type Migration } from '../../../src/store/migrations.ts';
import { MAX_ITEMS, MAX_NOTE_LENGTH, TOMBSTONE_TTL } from '../../../src/store/reading-data.ts';
import { sanitizeReadingData } from '../../../src/store/validate.ts';
import v1 from './fixtures/v1.json';

const NOW = 1_764_000_000_000;
const goodBookmark = {
  article: 'the-human-touch',
  articleTitle: 'The Human Touch',
  section: 'what-machines-do-well',
  heading: 'What machines do well',
  note: 'keep',
  createdAt: NOW - 1000,
  updatedAt: NOW - 1000,
  removed: false,
};
const envelope = (state: unknown, version: unknown = READING_DATA_VERSION) => JSON.stringify({ state, version });

describe('stored shapes ever shipped', () => {
  // One fixture per version in migrations.ts; each must load in full, with no problem reported.
  const shipped: Record<number, unknown> = { 1: v1 };

  it('has a fixture for every version up to the current one', () => {
    expect(Object.keys(shipped).map(Number)).toEqual(Array.from({ length: READING_DATA_VERSION }, (_, i) => i + 1));
    expect(Object.keys(migrations).map(Number)).toEqual(Array.from({ length: READING_DATA_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(Object.entries(shipped))('version %s loads without losing anything', (_version, fixture) => {
    const { data, problems } = loadReadingData(JSON.stringify(fixture), NOW);
    expect(problems).toEqual([]);
    expect(Object.keys(data.progress)).toEqual(['materials-of-miniature-realism', 'surface-fidelity-and-balance', 'the-human-touch']);
    expect(data.progress['materials-of-miniature-realism']).toMatchObject({ position: { section: 'why-tpe-holds-detail', fraction: 0.4 }, furthest: 44.2 });
    expect(data.progress['the-human-touch']?.finishedAt).toBe(1763810000000);
    expect(data.bookmarks['materials-of-miniature-realism#why-tpe-holds-detail']?.note).toBe('Compare with the <b>silicone</b> notes');
    expect(data.bookmarks['the-human-touch#what-the-hand-adds']?.removed).toBe(true);
  });
});

describe('migrateReadingData', () => {
  const chain: Record<number, Migration> = {
    1: (s) => ({ ...(s as object), two: true }),
    2: (s) => ({ ...(s as object), three: true }),
  };

  it('runs every step from the stored version to the target', () => {
    expect(migrateReadingData({ one: true }, 1, chain, 3)).toEqual({ state: { one: true, two: true, three: true }, known: true });
    expect(migrateReadingData({ one: true }, 2, chain, 3)).toEqual({ state: { one: true, three: true }, known: true });
  });

  it.each([0, -1, 4, 99, 1.5, '1', null, undefined])('returns data unchanged and unknown for version %o', (version) => {
    expect(migrateReadingData({ a: 1 }, version, chain, 3)).toEqual({ state: { a: 1 }, known: false });
  });

  it('reports a throwing step as unknown instead of throwing', () => {
    const broken: Record<number, Migration> = {
      1: () => {
        throw new Error('bad');
      },
    };
    expect(migrateReadingData({ a: 1 }, 1, broken, 2)).toEqual({ state: { a: 1 }, known: false });
  });
});

describe('loadReadingData with corrupt input', () => {
  it.each([
    ['invalid JSON', '{"state": {"progress": ', 'invalid-json'],
    ['a bare string', '"hello"', 'wrong-shape'],
    ['an array', '[1, 2]', 'wrong-shape'],
    ['null', 'null', 'wrong-shape'],
    ['no state', '{"version": 1}', 'wrong-shape'],
  ])('%s loads as empty data with a problem', (_label, raw, problem) => {
    const { data, problems } = loadReadingData(raw, NOW);
    expect(problems).toEqual([problem]);
    expect(data).toEqual({ progress: {}, bookmarks: {}, preferences: defaultPreferences() });
  });

  it('keeps valid items when others have wrong types', () => {
    const raw = envelope({
      progress: { a: 'nonsense', 'the-human-touch': { article: 'the-human-touch', startedAt: NOW - 10, percent: 'half', updatedAt: NOW - 10 } },
      bookmarks: {
        good: goodBookmark,
        noSection: { ...goodBookmark, section: 42 },
        badSlug: { ...goodBookmark, article: '../etc/passwd' },
        noTime: { ...goodBookmark, createdAt: 'yesterday', updatedAt: null },
        htmlHeading: { ...goodBookmark, section: 'b', heading: 7, note: { text: 'x' } },
      },
    });
    const { data, problems } = loadReadingData(raw, NOW);
    expect(problems).toEqual(['invalid-items']);
    expect(Object.keys(data.bookmarks)).toEqual(['the-human-touch#b', 'the-human-touch#what-machines-do-well']);
    expect(data.bookmarks['the-human-touch#b']).toMatchObject({ heading: 'b', note: '' });
    expect(data.progress['the-human-touch']).toMatchObject({ percent: 0, startedAt: NOW - 10 });
  });

  it('keeps the other slices when one slice has the wrong type', () => {
    const { data, problems } = loadReadingData(envelope({ progress: 'oops', bookmarks: { x: goodBookmark }, preferences: [] }), NOW);
    expect(problems).toEqual(['invalid-items']);
    expect(Object.keys(data.bookmarks)).toHaveLength(1);
  });

  it('salvages data of an unknown version and says so', () => {
    for (const version of [99, 0, '1', null]) {
      const { data, problems } = loadReadingData(envelope({ bookmarks: { x: goodBookmark } }, version), NOW);
      expect(problems).toContain('unknown-version');
      expect(Object.keys(data.bookmarks)).toEqual(['the-human-touch#what-machines-do-well']);
    }
  });

  it('clamps huge and out-of-range numbers instead of trusting them', () => {
    const raw = envelope({
      progress: {
        x: {
          article: 'the-human-touch',
          position: { section: 'what-machines-do-well', fraction: 1e308 },
          percent: 1e308,
          furthest: -5,
          startedAt: -1e20,
          lastReadAt: 8.64e15,
          finishedAt: Number.MAX_SAFE_INTEGER,
          updatedAt: 1e300,
        },
      },
      bookmarks: { x: { ...goodBookmark, createdAt: 1e300, updatedAt: 1e300, note: 'n'.repeat(1_000_000), heading: 'h'.repeat(10_000) } },
    });
    const { data } = loadReadingData(raw, NOW);
    expect(data.progress['the-human-touch']).toEqual({
      article: 'the-human-touch',
      position: { section: 'what-machines-do-well', fraction: 1 },
      percent: 100,
      furthest: 100,
      startedAt: 0,
      lastReadAt: NOW,
      finishedAt: NOW,
      updatedAt: NOW,
    });
    const bookmark = data.bookmarks['the-human-touch#what-machines-do-well'];
    expect(bookmark?.updatedAt).toBe(NOW);
    expect(bookmark?.note).toHaveLength(MAX_NOTE_LENGTH);
    expect(bookmark?.heading.length).toBeLessThanOrEqual(300);
  });

  it('rejects NaN and Infinity written by hand', () => {
    const { data } = sanitizeReadingData({ progress: [{ article: 'a', startedAt: NOW, percent: Number.NaN, furthest: Infinity, updatedAt: NOW }] }, NOW);
    expect(data.progress.a).toMatchObject({ percent: 0, furthest: 0 });
  });

  it('fills missing fields and counts them', () => {
    const { data, issues } = sanitizeReadingData({ bookmarks: { x: { article: 'a', section: 's', createdAt: NOW } } }, NOW);
    expect(data.bookmarks['a#s']).toEqual({ article: 'a', articleTitle: 'a', section: 's', heading: 's', note: '', createdAt: NOW, updatedAt: NOW, removed: false });
    expect(issues).toBeGreaterThan(0);
  });

  it('keeps only the newest items beyond the cap', () => {
    const bookmarks = Array.from({ length: MAX_ITEMS + 10 }, (_, i) => ({ ...goodBookmark, section: `s-${i}`, createdAt: NOW - 1e6 + i, updatedAt: NOW - 1e6 + i }));
    const { data, issues } = sanitizeReadingData({ bookmarks }, NOW);
    expect(Object.keys(data.bookmarks)).toHaveLength(MAX_ITEMS);
    expect(data.bookmarks['the-human-touch#s-0']).toBeUndefined();
    expect(issues).toBe(10);
  });

  it('forgets old tombstones quietly and keeps recent ones', () => {
    const { data, issues } = sanitizeReadingData(
      {
        bookmarks: [
          { ...goodBookmark, section: 'old', removed: true, createdAt: 1, updatedAt: NOW - TOMBSTONE_TTL - 1 },
          { ...goodBookmark, section: 'recent', removed: true },
        ],
      },
      NOW,
    );
    expect(Object.keys(data.bookmarks)).toEqual(['the-human-touch#recent']);
    expect(issues).toBe(0);
  });

  it('keeps the newer of two items stored under mismatched keys', () => {
    const { data } = sanitizeReadingData({ bookmarks: { a: goodBookmark, b: { ...goodBookmark, note: 'newer', updatedAt: NOW } } }, NOW);
    expect(Object.values(data.bookmarks).map((b) => b.note)).toEqual(['newer']);
  });
});
