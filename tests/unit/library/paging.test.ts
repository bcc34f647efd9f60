import { describe, expect, it } from 'vitest';
import { pageItems } from '../../../src/features/library/page-items.ts';
import { parsePageNumber } from '../../../src/features/library/page-number.ts';
import { libraryPages, paginate } from '../../../src/node/content/library-pages.ts';
import type { ArticleSummary, Topic } from '../../../src/shared/content-types.ts';
import type { ArticleSlug, TopicId } from '../../../src/shared/ids.ts';
import { dataPaths, paths } from '../../../src/shared/paths.ts';

describe('pageItems', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, 'gap', 5]],
    [2, 5, [1, 2, 3, 4, 5]], // a gap would hide only page 4: it is shown
    [3, 5, [1, 2, 3, 4, 5]],
    [5, 5, [1, 'gap', 4, 5]],
    [10, 150, [1, 'gap', 9, 10, 11, 'gap', 150]],
    [150, 150, [1, 'gap', 149, 150]],
  ])('page %i of %i → %j', (current, pages, expected) => {
    expect(pageItems(current, pages)).toEqual(expected);
  });

  it('has no items when there are no pages', () => {
    expect(pageItems(1, 0)).toEqual([]);
  });
});

describe('parsePageNumber', () => {
  it.each([
    [undefined, 1],
    ['1', 1],
    ['2', 2],
    ['150', 150],
    ['0', null],
    ['02', null],
    ['-1', null],
    ['2.5', null],
    ['two', null],
    ['9999999', null],
  ])('%j → %j', (segment, expected) => {
    expect(parsePageNumber(segment)).toBe(expected);
  });
});

describe('paginate', () => {
  it('cuts a list into pages of the size given, the last one shorter', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([1, 2, 3, 4], 2)).toEqual([[1, 2], [3, 4]]);
  });

  it('gives an empty list one empty page, so the library always has a first page', () => {
    expect(paginate([], 20)).toEqual([[]]);
  });

  it('refuses a page size that is not a whole number from 1 up', () => {
    expect(() => paginate([1], 0)).toThrow(/page size/);
    expect(() => paginate([1], 1.5)).toThrow(/page size/);
  });
});

describe('libraryPages', () => {
  const topics: Topic[] = ['materials', 'finish', 'history'].map((id) => ({ id: id as TopicId, title: id, description: '' }));
  const article = (n: number, ...topicIds: string[]): ArticleSummary => ({
    slug: `a${n}` as ArticleSlug,
    title: `A${n}`,
    summary: '',
    topics: topicIds as TopicId[],
    published: `2026-01-${String(n).padStart(2, '0')}`,
    words: 100,
    readingMinutes: 1,
  });
  // Newest first, as the build orders them.
  const articles = [article(5, 'materials'), article(4, 'finish', 'materials'), article(3, 'materials'), article(2, 'finish'), article(1, 'materials')];
  const pages = libraryPages({ articles, topics }, 2);
  const summary = pages.map((p) => [p.topic, p.page, p.pages, p.total, p.articles.map((a) => a.slug)]);

  it('pages the whole library newest first, then each topic on its own, empty topics included', () => {
    expect(summary).toEqual([
      [null, 1, 3, 5, ['a5', 'a4']],
      [null, 2, 3, 5, ['a3', 'a2']],
      [null, 3, 3, 5, ['a1']],
      ['materials', 1, 2, 4, ['a5', 'a4']],
      ['materials', 2, 2, 4, ['a3', 'a1']],
      ['finish', 1, 1, 2, ['a4', 'a2']],
      ['history', 1, 1, 0, []],
    ]);
  });

  it('carries the topics on every page, for the filter', () => {
    expect(pages.every((p) => p.topics === topics)).toBe(true);
  });
});

describe('library paths', () => {
  it.each([
    [undefined, 1, '/', '/data/library/page-1.json'],
    [undefined, 2, '/page/2', '/data/library/page-2.json'],
    ['materials', 1, '/topics/materials', '/data/library/topics/materials/page-1.json'],
    ['materials', 3, '/topics/materials/page/3', '/data/library/topics/materials/page-3.json'],
  ])('topic %s, page %i → %s and %s', (topic, page, url, data) => {
    expect(paths.library(topic as TopicId | undefined, page)).toBe(url);
    expect(dataPaths.library(page, topic as TopicId | undefined)).toBe(data);
  });
});
