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

/** The words of a shard a query word matches exactly or as their beginning, and the prefix matches by name. */
function exactTerms(words: SearchableMap<WordPostings> | undefined, term: string, prefix: boolean): { derived: Derived[]; prefixed: Set<string> } {
  const derived: Derived[] = [];
  const prefixed = new Set<string>();
  if (!words) return { derived, prefixed };
  const exact = words.get(term);
  if (exact) derived.push({ term, weight: 1, postings: exact });
  if (prefix) {
    for (const [word, postings] of words.atPrefix(term)) {
      const distance = word.length - term.length;
      if (!distance) continue;
      prefixed.add(word);
      derived.push({ term: word, weight: (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance), postings });
    }
  }
  return { derived, prefixed };
}

/** The near misses of a query word in its shard, leaving out those already matched as a prefix (MiniSearch scores them once, as prefixes). */
function fuzzyTerms(words: SearchableMap<WordPostings> | undefined, term: string, distance: number, prefixed: ReadonlySet<string>): Derived[] {
  if (!words || !distance) return [];
  const derived: Derived[] = [];
  for (const [word, [postings, slips]] of words.fuzzyGet(term, distance)) {
    if (!slips || prefixed.has(word)) continue;
    derived.push({ term: word, weight: (FUZZY_WEIGHT * word.length) / (word.length + slips), postings });
  }
  return derived;
}

/** A query word scored: the index words it matched, the documents in the order met, and each one's score. */
interface ScoredWord {
  derived: Derived[];
  hit: Int32Array;
  scores: Float64Array;
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
  /** Documents met by the word being scored, in order. */
  hit: Int32Array;
  /** The documents of the current results, in order. */
  results: Int32Array;
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

/** A query over the loaded shards, ready for its passes: each query word is scored once and reused by later passes. */
export type PreparedQuery = (options: RankOptions, limit: number) => Ranking;

/**
 * A ranker over one index's documents. Given the loaded shards and a query it returns the query's
 * passes: the exact pass scores each word's exact and prefix matches; the typo pass adds only the
 * near misses on top (the sums come out the same, in the same order); the any-word pass combines
 * the same word scores differently.
 */
export function createRanker(documents: DocumentTable) {
  const { size, count, fields, lengths, averageLengths } = documents;
  // BM25's length normalisation per field and document, k·(1 − b + b·length/average), worked out once.
  const norms = lengths.map((fieldLengths, id) => {
    const average = averageLengths[id] ?? 1;
    return fieldLengths.map((length) => BM25.k * (1 - BM25.b + (BM25.b * length) / average));
  });
  let scratch: Scratch | null = null;

  /** Adds a word's matches to the scores of `word` (a stamp), listing documents met for the first time after the `met` already listed; returns how many are listed. */
  const addScores = (derived: readonly Derived[], s: Scratch, word: number, met: number): number => {
    const { termScore, touched, hit } = s;
    let n = met;
    for (const { weight, postings } of derived) {
      for (const { id, boost } of fields) {
        const flat = postings[id];
        const norm = norms[id];
        if (!flat || !norm) continue;
        const matching = flat.length / 2;
        const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
        const factor = weight * boost;
        for (let i = 0; i < flat.length; i += 2) {
          const doc = flat[i] as number;
          const tf = flat[i + 1] as number;
          // MiniSearch's expression, in its order, so scores (and ties) agree to the bit.
          const raw = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + (norm[doc] as number)));
          if (touched[doc] !== word) {
            touched[doc] = word;
            termScore[doc] = 0;
            hit[n] = doc;
            n += 1;
          }
          termScore[doc] = (termScore[doc] as number) + factor * raw;
        }
      }
    }
    return n;
  };

  /** Scores `derived` on top of an earlier scoring of the same word (its first matches), or from nothing. */
  const scoreWord = (s: Scratch, derived: Derived[], base?: ScoredWord): ScoredWord => {
    const word = stamp(s);
    if (base) {
      s.hit.set(base.hit);
      for (let i = 0; i < base.hit.length; i += 1) {
        const doc = base.hit[i] as number;
        s.touched[doc] = word;
        s.termScore[doc] = base.scores[i] as number;
      }
    }
    const hit = s.hit.slice(0, addScores(derived, s, word, base ? base.hit.length : 0));
    const scores = new Float64Array(hit.length);
    for (let i = 0; i < hit.length; i += 1) scores[i] = s.termScore[hit[i] as number] as number;
    return { derived: base ? [...base.derived, ...derived] : derived, hit, scores };
  };

  return function prepare(shards: ReadonlyMap<string, SearchableMap<WordPostings>>, query: string): PreparedQuery {
    const terms = tokenize(query).flatMap((word) => processTerm(word) ?? []);
    const distinct = [...new Set(terms)];
    const slots = Math.max(1, Math.ceil(distinct.length / 32));
    if (!scratch || scratch.words.length < size * slots) {
      scratch = {
        termScore: new Float64Array(size),
        total: new Float64Array(size),
        words: new Uint32Array(size * slots),
        inResults: new Uint32Array(size),
        touched: new Uint32Array(size),
        hit: new Int32Array(size),
        results: new Int32Array(size),
        clock: 0,
      };
    }
    const s = scratch;
    const words = terms.map((term, i) => ({ term, shard: shards.get(shardOf(term)), prefix: isPrefixTerm(term, i, terms), slips: fuzzyDistance(term) }));
    const exact: (ScoredWord & { prefixed: Set<string> })[] = [];
    const forgiving: ScoredWord[] = [];
    const scored = (i: number, fuzzy: boolean): ScoredWord => {
      const word = words[i];
      if (!word) throw new RangeError(`no query word ${i}`);
      const own = (exact[i] ??= (() => {
        const { derived, prefixed } = exactTerms(word.shard, word.term, word.prefix);
        return { ...scoreWord(s, derived), prefixed };
      })());
      if (!fuzzy || !word.slips) return own;
      return (forgiving[i] ??= scoreWord(s, fuzzyTerms(word.shard, word.term, word.slips, own.prefixed), own));
    };

    return (options, limit) => {
      if (!terms.length) return { total: 0, top: [] };
      const perWord = words.map((_, i) => scored(i, options.fuzzy));
      // One distinct word: every result matched it, so none needs its words counted.
      const counted = distinct.length > 1;
      if (counted) s.words.fill(0, 0, size * slots);
      const { results } = s;
      let found = 0;
      let current = 0;
      for (const [i, { hit, scores }] of perWord.entries()) {
        if (counted) {
          const bit = distinct.indexOf(terms[i] ?? '');
          const slot = Math.floor(bit / 32);
          const mask = 1 << bit % 32;
          for (const doc of hit) s.words[doc * slots + slot] = (s.words[doc * slots + slot] as number) | mask;
        }
        if (i === 0) {
          current = stamp(s);
          for (let j = 0; j < hit.length; j += 1) {
            const doc = hit[j] as number;
            s.total[doc] = scores[j] as number;
            s.inResults[doc] = current;
          }
          results.set(hit);
          found = hit.length;
        } else if (options.combineWith === 'AND') {
          // The intersection, in the order the later word met them (as MiniSearch's AND keeps it).
          const before = current;
          current = stamp(s);
          // Membership is read from the stamps, so the kept ones can overwrite the list as they go.
          found = 0;
          for (let j = 0; j < hit.length; j += 1) {
            const doc = hit[j] as number;
            if (s.inResults[doc] !== before) continue;
            s.total[doc] = (s.total[doc] as number) + (scores[j] as number);
            s.inResults[doc] = current;
            results[found] = doc;
            found += 1;
          }
        } else {
          for (let j = 0; j < hit.length; j += 1) {
            const doc = hit[j] as number;
            if (s.inResults[doc] === current) s.total[doc] = (s.total[doc] as number) + (scores[j] as number);
            else {
              s.total[doc] = scores[j] as number;
              s.inResults[doc] = current;
              results[found] = doc;
              found += 1;
            }
          }
        }
      }
      const scoreOf = counted ? (doc: number) => (s.total[doc] as number) * qualityOf(s.words, doc * slots, slots) : (doc: number) => s.total[doc] as number;
      const top = bestOf(results.subarray(0, found), scoreOf, limit);
      return { total: found, top: top.map(({ doc, score }) => ({ shortId: doc, score, terms: matchedTerms(perWord.map((w) => w.derived), fields, doc) })) };
    };
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
function bestOf(results: Int32Array, scoreOf: (doc: number) => number, limit: number): { doc: number; score: number }[] {
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
