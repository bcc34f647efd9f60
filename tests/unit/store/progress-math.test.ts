import { describe, expect, it } from 'vitest';
import type { Section } from '../../../src/shared/content-types.ts';
import type { SectionId } from '../../../src/shared/ids.ts';
import {
  articleParts,
  isEnd,
  layoutOffset,
  minutesLeft,
  percentAt,
  positionAtPercent,
  positionFromLayout,
  readingLineY,
  readSections,
  scrollForReadingLine,
  type Part,
} from '../../../src/store/progress-math.ts';

const id = (s: string) => s as SectionId;
// 100 words of opening, then sections of 200, 100 and 600 words: 1000 in all.
const parts: Part[] = [
  { id: null, words: 100 },
  { id: id('a'), words: 200 },
  { id: id('b'), words: 100 },
  { id: id('c'), words: 600 },
];

describe('articleParts', () => {
  it('counts each heading with its section and gives the opening the remaining words', () => {
    const sections: Section[] = [
      { id: id('one-two'), title: 'One two', depth: 2, words: 50 },
      { id: id('three'), title: 'Three', depth: 3, words: 30 },
    ];
    expect(articleParts({ words: 100, sections })).toEqual([
      { id: null, words: 17 },
      { id: 'one-two', words: 52 },
      { id: 'three', words: 31 },
    ]);
  });

  it('never gives the opening negative words', () => {
    expect(articleParts({ words: 0, sections: [{ id: id('x'), title: 'X', depth: 2, words: 5 }] })[0]).toEqual({ id: null, words: 0 });
  });
});

describe('percentAt', () => {
  it.each([
    [{ section: null, fraction: 0 }, 0],
    [{ section: null, fraction: 0.5 }, 5],
    [{ section: id('a'), fraction: 0 }, 10],
    [{ section: id('a'), fraction: 0.5 }, 20],
    [{ section: id('b'), fraction: 1 }, 40],
    [{ section: id('c'), fraction: 0.5 }, 70],
    [{ section: id('c'), fraction: 0.9995 }, 100],
    [{ section: id('c'), fraction: 1 }, 100],
  ])('%o is %d%%', (position, percent) => {
    expect(percentAt(position, parts)).toBeCloseTo(percent, 5);
  });

  it('is null for a section the article no longer has', () => {
    expect(percentAt({ section: id('gone'), fraction: 0.5 }, parts)).toBeNull();
  });

  it('treats an article without words as unread until its end', () => {
    const empty = [{ id: null, words: 0 }];
    expect(percentAt({ section: null, fraction: 0.5 }, empty)).toBe(0);
    expect(percentAt({ section: null, fraction: 1 }, empty)).toBe(100);
  });
});

describe('positionAtPercent', () => {
  it.each([
    [0, { section: null, fraction: 0 }],
    [5, { section: null, fraction: 0.5 }],
    [20, { section: 'a', fraction: 0.5 }],
    [70, { section: 'c', fraction: 0.5 }],
    [100, { section: 'c', fraction: 1 }],
    [250, { section: 'c', fraction: 1 }],
    [-3, { section: null, fraction: 0 }],
  ])('%d%% is %o', (percent, position) => {
    expect(positionAtPercent(percent, parts)).toEqual(position);
  });

  it('round-trips with percentAt', () => {
    for (const percent of [0, 12.5, 33, 61.2, 99]) {
      expect(percentAt(positionAtPercent(percent, parts), parts)).toBeCloseTo(percent, 5);
    }
  });
});

describe('isEnd, readSections, minutesLeft', () => {
  it('is the end only at the end of the last section', () => {
    expect(isEnd({ section: id('c'), fraction: 1 }, parts)).toBe(true);
    expect(isEnd({ section: id('c'), fraction: 0.98 }, parts)).toBe(false);
    expect(isEnd({ section: id('b'), fraction: 1 }, parts)).toBe(false);
  });

  it.each([
    [0, []],
    [29.9, []],
    [30, ['a']],
    [45, ['a', 'b']],
    [100, ['a', 'b', 'c']],
  ])('at %d%% furthest, sections %o are read', (furthest, read) => {
    expect([...readSections(parts, furthest)]).toEqual(read);
  });

  it.each([
    [0, 2300, 10],
    [50, 2300, 5],
    [99.9, 2300, 1],
    [100, 2300, 0],
    [10, 0, 0],
  ])('%d%% of %d words leaves %d min', (percent, words, minutes) => {
    expect(minutesLeft(percent, words)).toBe(minutes);
  });
});

describe('reading line', () => {
  const viewport = 800;
  const doc = 10_000;

  it('sits a quarter down the viewport until the last screen, then slides to the bottom', () => {
    expect(readingLineY(0, viewport, doc)).toBe(200);
    expect(readingLineY(5000, viewport, doc)).toBe(5200);
    expect(readingLineY(doc - viewport, viewport, doc)).toBe(doc);
    const halfway = readingLineY(doc - viewport - viewport / 2, viewport, doc);
    expect(halfway).toBeGreaterThan(doc - viewport - viewport / 2 + 200);
  });

  it.each([0, 1, 400, 5000, 8399, 8400, 8700, 9199, 9200])('scrollForReadingLine inverts readingLineY at scroll %d', (scroll) => {
    expect(scrollForReadingLine(readingLineY(scroll, viewport, doc), viewport, doc)).toBeCloseTo(scroll, 6);
  });

  it('handles pages shorter than two screens', () => {
    for (const scroll of [0, 200, 400]) {
      expect(scrollForReadingLine(readingLineY(scroll, viewport, 1200), viewport, 1200)).toBeCloseTo(scroll, 6);
    }
    expect(scrollForReadingLine(5, viewport, 600)).toBe(0);
  });
});

describe('layout', () => {
  const layout = {
    parts: [
      { id: null, top: 1000 },
      { id: id('a'), top: 1200 },
      { id: id('b'), top: 1600 },
      { id: id('c'), top: 1800 },
    ],
    end: 3000,
  };

  it.each([
    [500, { section: null, fraction: 0 }],
    [1100, { section: null, fraction: 0.5 }],
    [1400, { section: 'a', fraction: 0.5 }],
    [1800, { section: 'c', fraction: 0 }],
    [2400, { section: 'c', fraction: 0.5 }],
    [9999, { section: 'c', fraction: 1 }],
  ])('y %d is %o, and back', (y, position) => {
    const found = positionFromLayout(layout, y);
    expect(found).toEqual(position);
    if (y >= 1000 && y <= 3000) expect(layoutOffset(layout, found)).toBeCloseTo(y, 6);
  });

  it('has no offset for a section that is not on the page', () => {
    expect(layoutOffset(layout, { section: id('gone'), fraction: 0 })).toBeNull();
  });
});
