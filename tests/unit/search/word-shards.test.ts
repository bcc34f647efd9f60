import { describe, expect, it } from 'vitest';
import { documentTable, loadWordShard, wordPostings } from '../../../src/features/search/word-shards.ts';
import { buildSearchFiles } from '../../../src/node/content/search-index.ts';
import type { ArticleSlug, SectionId } from '../../../src/shared/ids.ts';
import type { SearchShard } from '../../../src/shared/search-options.ts';

describe('word shards', () => {
  it('flattens a word’s postings per field: document, count, by ascending document', () => {
    expect(wordPostings({ 2: { 10: 1, 3: 4 }, 0: { 7: 2 } })).toEqual([[7, 2], undefined, [3, 4, 10, 1]]);
  });

  it('converts a large shard in batches, yielding to the page between them, and keeps every word', async () => {
    const shard: SearchShard = Array.from({ length: 5000 }, (_, i) => [`w${i}`, { 0: { [i]: 1 } }]);
    let yields = 0;
    const words = await loadWordShard(shard, async () => {
      yields += 1;
    });
    expect(yields).toBeGreaterThan(1);
    expect(words.size).toBe(5000);
    expect(words.get('w4999')).toEqual([[4999, 1]]);
    expect([...words.atPrefix('w499')].map(([word]) => word).sort()).toEqual(['w499', 'w4990', 'w4991', 'w4992', 'w4993', 'w4994', 'w4995', 'w4996', 'w4997', 'w4998', 'w4999']);
  });

  it('lays out each document’s field lengths and the searched fields with their boosts', () => {
    const { meta } = buildSearchFiles({
      articles: [
        {
          slug: 'a' as ArticleSlug,
          title: 'Two words',
          summary: '',
          passages: [
            { section: null, text: 'one two three' },
            { section: { id: 's' as SectionId, title: 'Heading', depth: 2, words: 0 }, text: 'four five' },
          ],
        },
      ],
      terms: [],
    });
    const table = documentTable(meta.base);
    expect(table.count).toBe(2);
    expect(table.fields).toEqual([
      { id: 0, boost: 4 },
      { id: 1, boost: 3 },
      { id: 2, boost: 1 },
    ]);
    expect(table.lengths.map((lengths) => [...lengths])).toEqual([
      [2, 0],
      [0, 1],
      [3, 2],
    ]);
  });
});
