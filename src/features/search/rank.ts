import type SearchableMap from 'minisearch/SearchableMap';
import { fuzzyDistance, isPrefixTerm, processTerm, shardOf, tokenize } from '../../shared/search-options.ts';
import type { DocumentTable, WordPostings } from './word-shards.ts';

/**
 * Scores a query over the loaded word shards the way MiniSearch's `search` would with
 * `searchDefaults` (BM25+, field boosts, prefix and typo weights, AND or OR, the same ties), but
 * keeps only the best `limit` results: MiniSearch builds, decorates and sorts a result for every
 * matching section, thousands for a common word, which is what made search slow.
 * `tests/unit/search/rank-reference.test.ts` checks the two agree.
 */

/** How one pass matches: typos forgiven or not, and whether every word must match. */
export interface RankOptions {
  fuzzy: boolean;
  combineWith: 'AND' | 'OR';
}

/** One of the best results. */
export interface RankedDocument {
  /** The document's short id in the index. */
  shortId: number;
  score: number;
  /** Words of the index that matched it, in MiniSearch's order. */
  terms: string[];
}

/** The best results of a pass, and how many documents matched in all. */
export interface Ranking {
  total: number;
  top: RankedDocument[];
}

// MiniSearch's defaults, which the index options leave as they are.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** A word of the index a query word matched, and how much a match of it counts. */
interface Derived {
  term: string;
  weight: number;
  postings: WordPostings;
}

/** Finds the words of a shard each query word matches: itself, the words it begins, its near misses. */
function derivedTerms(words: SearchableMap<WordPostings> | undefined, term: string, prefix: boolean, fuzzy: number): Derived[] {
  if (!words) return [];
  const derived: Derived[] = [];
  const exact = words.get(term);
  if (exact) derived.push({ term, weight: 1, postings: exact });
  const prefixed = new Set<string>();
  if (prefix) {
    for (const [word, postings] of words.atPrefix(term)) {
      const distance = word.length - term.length;
      if (!distance) continue;
      prefixed.add(word);
      derived.push({ term: word, weight: (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance), postings });
    }
  }
  if (fuzzy) {
    for (const [word, [postings, distance]] of words.fuzzyGet(term, fuzzy)) {
      if (!distance || prefixed.has(word)) continue;
      derived.push({ term: word, weight: (FUZZY_WEIGHT * word.length) / (word.length + distance), postings });
    }
  }
  return derived;
}

/** Reusable per-document scratch arrays, sized to the index once. */
interface Scratch {
  termScore: Float64Array;
  total: Float64Array;
  /** Bit i set: the document matched the i-th distinct query word. */
  words: Uint32Array;
  /** The stamp of the result set the document is in. */
  inResults: Uint32Array;
  /** The stamp of the query word that last touched the document. */
  touched: Uint32Array;
  /** The last stamp given: stamps mark membership without clearing the arrays between words. */
  clock: number;
}

/** A fresh stamp; on the (distant) wrap-around, the stamped arrays are cleared so no old stamp matches. */
function stamp(s: Scratch): number {
  if (s.clock >= 0xfffffffe) {
    s.inResults.fill(0);
    s.touched.fill(0);
    s.clock = 0;
  }
  s.clock += 1;
  return s.clock;
}

/** A ranker over one index's documents: call it with the loaded shards for each pass. */
export function createRanker(documents: DocumentTable) {
  const { size, count, fields, lengths, averageLengths } = documents;
  let scratch: Scratch | null = null;

  /** Adds up a query word's score per document over the words it matched, listing the documents in the order met. */
  const scoreWord = (derived: Derived[], s: Scratch): number[] => {
    const { termScore, touched } = s;
    const word = stamp(s);
    const hit: number[] = [];
    for (const { weight, postings } of derived) {
      for (const { id, boost } of fields) {
        const flat = postings[id];
        const fieldLengths = lengths[id];
        const average = averageLengths[id];
        if (!flat || !fieldLengths || average === undefined) continue;
        const matching = flat.length / 2;
        const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
        const factor = weight * boost;
        for (let i = 0; i < flat.length; i += 2) {
          const doc = flat[i] as number;
          const tf = flat[i + 1] as number;
          const fieldLength = fieldLengths[doc] as number;
          // The same expression, in the same order, as MiniSearch's, so scores (and ties) agree to the bit.
          const raw = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / average)));
          if (touched[doc] !== word) {
            touched[doc] = word;
            termScore[doc] = 0;
            hit.push(doc);
          }
          termScore[doc] = (termScore[doc] as number) + factor * raw;
        }
      }
    }
    return hit;
  };

  return function rank(shards: ReadonlyMap<string, SearchableMap<WordPostings>>, query: string, options: RankOptions, limit: number): Ranking {
    const terms = tokenize(query).flatMap((word) => processTerm(word) ?? []);
    if (!terms.length) return { total: 0, top: [] };
    const distinct = [...new Set(terms)];
    const slots = Math.ceil(distinct.length / 32);
    if (!scratch || scratch.words.length < size * slots) {
      scratch = { termScore: new Float64Array(size), total: new Float64Array(size), words: new Uint32Array(size * slots), inResults: new Uint32Array(size), touched: new Uint32Array(size), clock: 0 };
    }
    const s = scratch;
    s.words.fill(0, 0, size * slots);
    const perWord: Derived[][] = [];
    let results: number[] = [];
    let current = 0;
    for (const [i, term] of terms.entries()) {
      const derived = derivedTerms(shards.get(shardOf(term)), term, isPrefixTerm(term, i, terms), options.fuzzy ? fuzzyDistance(term) : 0);
      perWord.push(derived);
      const hit = scoreWord(derived, s);
      const bit = distinct.indexOf(term);
      const slot = Math.floor(bit / 32);
      const mask = 1 << bit % 32;
      for (const doc of hit) s.words[doc * slots + slot] = (s.words[doc * slots + slot] as number) | mask;
      if (i === 0) {
        current = stamp(s);
        for (const doc of hit) {
          s.total[doc] = s.termScore[doc] as number;
          s.inResults[doc] = current;
        }
        results = hit;
      } else if (options.combineWith === 'AND') {
        // The intersection, in the order the later word met them (as MiniSearch's AND keeps it).
        const before = current;
        current = stamp(s);
        const kept: number[] = [];
        for (const doc of hit) {
          if (s.inResults[doc] !== before) continue;
          s.total[doc] = (s.total[doc] as number) + (s.termScore[doc] as number);
          s.inResults[doc] = current;
          kept.push(doc);
        }
        results = kept;
      } else {
        for (const doc of hit) {
          if (s.inResults[doc] === current) s.total[doc] = (s.total[doc] as number) + (s.termScore[doc] as number);
          else {
            s.total[doc] = s.termScore[doc] as number;
            s.inResults[doc] = current;
            results.push(doc);
          }
        }
      }
    }
    const top = bestOf(results, (doc) => (s.total[doc] as number) * qualityOf(s.words, doc * slots, slots), limit);
    return { total: results.length, top: top.map(({ doc, score }) => ({ shortId: doc, score, terms: matchedTerms(perWord, fields, doc) })) };
  };
}

/** How many distinct query words a document matched: MiniSearch multiplies the score by it. */
function qualityOf(words: Uint32Array, start: number, length: number): number {
  let quality = 0;
  for (let i = start; i < start + length; i += 1) {
    let bits = words[i] as number;
    while (bits) {
      bits &= bits - 1;
      quality += 1;
    }
  }
  return quality;
}

/** The `limit` best documents by score, the earlier one first on a tie (a stable sort's order). */
function bestOf(results: readonly number[], scoreOf: (doc: number) => number, limit: number): { doc: number; score: number }[] {
  const top: { doc: number; score: number }[] = [];
  if (limit <= 0) return top;
  for (const doc of results) {
    const score = scoreOf(doc);
    if (top.length === limit && score <= (top[limit - 1]?.score ?? Infinity)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]?.score ?? Infinity) < score) at -= 1;
    top.splice(at, 0, { doc, score });
    if (top.length > limit) top.pop();
  }
  return top;
}

/** The index words that matched a document, in the order MiniSearch lists them (an object's keys). */
function matchedTerms(perWord: readonly Derived[][], fields: DocumentTable['fields'], doc: number): string[] {
  const match: Record<string, true> = {};
  for (const derived of perWord) {
    for (const { term, postings } of derived) {
      if (fields.some(({ id }) => holds(postings[id], doc))) match[term] = true;
    }
  }
  return Object.keys(match);
}

/** Whether flat postings (ascending ids) hold a document. */
function holds(flat: readonly number[] | undefined, doc: number): boolean {
  if (!flat) return false;
  let low = 0;
  let high = flat.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const id = flat[mid * 2] as number;
    if (id === doc) return true;
    if (id < doc) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
