import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../src/features/bookmarks/reading-data-transfer.tsx';
import { groupBookmarks, resolveBookmark } from '../../../src/features/bookmarks/resolve-bookmark.ts';
import type { ArticleSlug, SectionId } from '../../../src/shared/ids.ts';
import type { Bookmark } from '../../../src/store/reading-data.ts';

const bookmark = (article: string, section: string, createdAt: number, extra: Partial<Bookmark> = {}): Bookmark => ({
  article: article as ArticleSlug,
  articleTitle: article.toUpperCase(),
  section: section as SectionId,
  heading: section.replace(/-/g, ' '),
  note: '',
  createdAt,
  updatedAt: createdAt,
  removed: false,
  ...extra,
});
const article = { title: 'A', sections: [{ id: 'cure-times' as SectionId, title: 'Cure times' }, { id: 'mixing-1' as SectionId, title: 'Mixing ratios' }] };

describe('resolveBookmark', () => {
  it.each([
    ['a section that is still there', bookmark('a', 'cure-times', 1), article, { status: 'ok' }],
    ['a heading now under another id', bookmark('a', 'mixing-ratios', 1, { heading: 'Mixing  Ratios' }), article, { status: 'moved', section: 'mixing-1' }],
    ['a section that is gone', bookmark('a', 'old-section', 1), article, { status: 'removed' }],
    ['an article that is gone', bookmark('a', 'cure-times', 1), null, { status: 'article-missing' }],
    ['an article not loaded (offline)', bookmark('a', 'cure-times', 1), undefined, { status: 'unknown' }],
  ])('%s', (_label, b, current, expected) => {
    expect(resolveBookmark(b, current)).toEqual(expected);
  });
});

describe('groupBookmarks', () => {
  it('groups by article, newest first in a group, the group with the newest bookmark first, without removed ones', () => {
    const groups = groupBookmarks({
      1: bookmark('a', 'one', 10),
      2: bookmark('b', 'two', 20),
      3: bookmark('a', 'three', 30),
      4: bookmark('b', 'gone', 40, { removed: true }),
    });
    expect(groups.map((g) => [g.article, g.bookmarks.map((b) => b.section)])).toEqual([
      ['a', ['three', 'one']],
      ['b', ['two']],
    ]);
  });
});

describe('describeImport', () => {
  it.each([
    [{ addedBookmarks: 2, addedProgress: 1, updated: 0, skipped: 0, invalid: 0, preferencesUpdated: false }, 'Added 2 bookmarks and reading progress for 1 article.'],
    [{ addedBookmarks: 0, addedProgress: 0, updated: 1, skipped: 3, invalid: 1, preferencesUpdated: true }, 'Nothing new to add. Updated 1 item that had changed since. Updated your preferences. Skipped 3 items already here. Skipped 1 item that could not be read.'],
  ])('%o', (report, text) => {
    expect(describeImport(report)).toBe(text);
  });
});
