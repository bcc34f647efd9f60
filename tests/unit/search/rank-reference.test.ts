import MiniSearch, { type SearchOptions } from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRanker, type RankOptions } from '../../../src/features/search/rank.ts';
import { documentTable, loadWordShard, type WordPostings } from '../../../src/features/search/word-shards.ts';
import { buildSearchFiles, type SearchSource } from '../../../src/node/content/search-index.ts';
import type { ArticleSlug, SectionId, TermId } from '../../../src/shared/ids.ts';
import { processTerm, searchIndexOptions, shardOf, tokenize, type SearchDocument } from '../../../src/shared/search-options.ts';

/** A small seeded generator, so the corpus is the same on every run. */
function seeded(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Skewed towards the start of the list: a few words are very common, most are rare.
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() ** 2.5 * items.length)] as T;
  return { next, pick };
}

// Words that share beginnings and sit a letter or two apart, so prefix and typo matching have work to do.
const WORDS = (
  'coat coats coating coated coarse cost costs cast casting cure cured curing curve detail details detailed ' +
  'detailing deter dental sand sands sanding sanded sander sound silicone silicon silence resin resins raisin ' +
  'pigment pigments pigmented paint painted painting paints print prints printer primer prime brush brushes ' +
  'brushed blush grit grits grime grim finish finished finishes finishing varnish vanish mould moulds mold ' +
  'tint tints tinted texture textures textured 3d 12 1200'
).split(' ');

function corpus(): SearchSource {
  const random = seeded(7);
  const words = (n: number) => Array.from({ length: n }, () => random.pick(WORDS)).join(' ');
  const articles: SearchSource['articles'][number][] = [];
  for (let a = 0; a < 40; a += 1) {
    const passages: SearchSource['articles'][number]['passages'][number][] = [{ section: null, text: words(10 + Math.floor(random.next() * 40)) }];
    for (let p = 0; p < 8; p += 1) {
      const title = `${words(1 + Math.floor(random.next() * 3))} ${a}-${p}`;
      passages.push({ section: { id: `s-${p}` as SectionId, title, depth: 2, words: 0 }, text: words(Math.floor(random.next() * 120)) });
    }
    // Identical sections in every article: equal scores, so the order of ties is checked too.
    passages.push({ section: { id: 'same' as SectionId, title: 'Notes', depth: 2, words: 0 }, text: 'coat sanding detail' });
    articles.push({ slug: `a-${a}` as ArticleSlug, title: words(2), summary: words(8), passages });
  }
  const terms = Array.from({ length: 12 }, (_, i) => ({ id: `t-${i}` as TermId, term: words(1), aliases: [words(2)], short: words(6), text: words(30) }));
  return { articles, terms };
}

const typos = (word: string) => [word.slice(1, 2) + word.slice(0, 1) + word.slice(2), word.slice(0, -2) + word.slice(-1), `${word.slice(0, 3)}x${word.slice(3)}`];

/** Queries of one shard (typos may reach any word of it), and queries across shards matched exactly. */
const SAME_SHARD = [
  ...WORDS,
  ...WORDS.flatMap(typos),
  'c', 'co', 'coa', 'det', 'de', 'si', 'pigm', 'fin', 'tin', 'zz', 'zebra', '1',
  'coat cure', 'cure coat', 'sanding sand', 'sand sanding', 'detail detail', 'pigment paint prin', 'silcone silicone', 'grit grits gri',
  'varnsh vanish', 'coat coat coa', 'texture tint tints',
];
const ACROSS_SHARDS = ['coat detail', 'detail coat', 'sanding pigment', 'resin grit brush', 'finish the coat', 'mould 12', 'grime zebra', 'paint resin pai', 'coat det'];

const PASSES: [string, RankOptions, SearchOptions][] = [
  ['exact words', { fuzzy: false, combineWith: 'AND' }, { fuzzy: false }],
  ['typos forgiven', { fuzzy: true, combineWith: 'AND' }, {}],
  ['any word', { fuzzy: true, combineWith: 'OR' }, { combineWith: 'OR' }],
];

describe('ranking agrees with MiniSearch', () => {
  const { meta, shards: serialized } = buildSearchFiles(corpus());
  const ranker = createRanker(documentTable(meta.base));
  const shards = new Map<string, SearchableMap<WordPostings>>();
  const documentIds = meta.base.documentIds as Record<string, string>;
  beforeAll(async () => {
    for (const [key, shard] of serialized) shards.set(key, await loadWordShard(shard));
  });

  /** MiniSearch as the engine used it: revived from the shards of the query's words. */
  const references = new Map<string, MiniSearch<SearchDocument>>();
  const reference = (query: string) => {
    const keys = [...new Set(tokenize(query).flatMap((word) => processTerm(word) ?? []).map(shardOf))].sort();
    const cached = references.get(keys.join());
    if (cached) return cached;
    const index = MiniSearch.loadJS<SearchDocument>({ ...meta.base, index: keys.flatMap((key) => serialized.get(key) ?? []) }, searchIndexOptions);
    references.set(keys.join(), index);
    return index;
  };

  /** Compares every pass of every query, all results and the first few; returns how many results agreed. */
  const compare = (queries: readonly string[], passes: typeof PASSES) => {
    let compared = 0;
    for (const query of queries) {
      const index = reference(query);
      // One prepared query for every pass, in the engine's order: later passes reuse the words scored by earlier ones.
      const prepared = ranker(shards, query);
      for (const [name, options, searchOptions] of passes) {
        const want = index.search(query, searchOptions).map((r) => ({ id: r.id as string, score: r.score, terms: r.terms }));
        const rank = (limit: number) => {
          const ranking = prepared(options, limit);
          return { total: ranking.total, top: ranking.top.map((r) => ({ id: documentIds[r.shortId] ?? '', score: r.score, terms: r.terms })) };
        };
        const got = [rank(1), rank(8), rank(5000)];
        expect({ query, name, got }).toEqual({ query, name, got: [1, 8, 5000].map((limit) => ({ total: want.length, top: want.slice(0, limit) })) });
        compared += want.length;
      }
    }
    return compared;
  };

  it('gives the same results, scores, order (ties included) and matched words for queries within a shard', () => {
    expect(compare(SAME_SHARD, PASSES)).toBeGreaterThan(10_000);
  }, 60_000);

  it('and for exact queries across shards, every word needed or any', () => {
    const exact = PASSES.map(([name, options, searchOptions]): (typeof PASSES)[number] => [name, { ...options, fuzzy: false }, { ...searchOptions, fuzzy: false }]);
    expect(compare(ACROSS_SHARDS, exact)).toBeGreaterThan(1_000);
  }, 60_000);
});
