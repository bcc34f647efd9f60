import type { AsPlainObject, Options, SearchOptions } from 'minisearch';
import type { ArticleSlug } from './ids.ts';

/**
 * The search index's one definition, read by the build (which indexes and serialises with
 * `toJSON`) and by the browser (which revives it with `loadJSON`). Both sides must tokenise,
 * normalise and weigh words identically, so every such choice lives here.
 * Only types come from minisearch: importing this module never pulls the library in.
 */

/** What a search result leads to: an article's opening, one of its sections, or a glossary term. */
export type SearchKind = 'article' | 'section' | 'term';

/**
 * One document of the index: a whole article, or a glossary term. Articles are ranked whole, so a
 * common word scores a few thousand articles rather than every section of them; the section a
 * result opens on is then picked within each article shown ({@link SearchPassage}).
 */
export interface SearchDocument {
  /** The URL the result leads to (built with `paths`): unique, so it is the document id too. */
  id: string;
  kind: Exclude<SearchKind, 'section'>;
  /** Indexed, weighs most: the article title, or the term and its aliases. */
  title: string;
  /** Indexed, weighs more than text: an article's section headings. */
  heading?: string;
  /** Indexed: the article's summary and whole plain text, or the term's whole definition. */
  text: string;
  /** Stored: what the result is called (article title or term). */
  label: string;
  /** Stored: the article, whose search text file holds its passages. */
  article?: ArticleSlug;
  /** Stored only for terms: their short definition, which snippets are cut from. */
  excerpt?: string;
}

/** The fields a search result carries, besides its id. */
export type StoredSearchFields = Pick<SearchDocument, 'label' | 'article' | 'excerpt'> & {
  kind: SearchKind;
  /** The article a section belongs to. */
  context?: string;
};

/**
 * A passage of an article, as its search text file holds it: the opening (the summary and the
 * words before the first section) or one `##`/`###` section. A query is run again over an article's
 * passages to pick the one its result opens on, and the snippet is cut from that passage's text.
 */
export interface SearchPassage {
  /** The passage's URL: the article's, or its section's. */
  id: string;
  /** The section heading; none for the opening. */
  heading?: string;
  text: string;
}

/** An article's search text file: its passages, in reading order. */
export type SearchTextFile = SearchPassage[];

/**
 * The index as the browser loads it: everything MiniSearch serialises except the inverted index,
 * which is split into shards by the first character of each word ({@link shardOf}), so a query
 * loads only the shards of its words and no file outgrows the service worker's precache limit.
 */
export interface SearchIndexMeta {
  /** MiniSearch's `toJSON()` with an empty `index`. */
  base: AsPlainObject;
  /** The shard keys that exist. */
  shards: string[];
}

/** One shard: MiniSearch's serialised index entries for the words starting with its key. */
export type SearchShard = AsPlainObject['index'];

/**
 * The shard a word of the index (or of a query) lives in: its first letter, `0` for a digit,
 * `_` for anything else. Prefix and typo matches are looked up in the query word's shard only,
 * so a slip in the very first letter is not forgiven.
 */
export function shardOf(term: string): string {
  const first = term.charAt(0);
  if (/^[a-z]$/.test(first)) return first;
  return /^[0-9]$/.test(first) ? '0' : '_';
}

/** A word: letters and digits, with apostrophes inside (`artist's`, `don't`). Hyphens split words. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words too common to help find anything; leaving them out keeps the index small and ranking sharp. */
const STOP_WORDS = new Set(
  ('a an and are as at be but by for from has have in into is it its of on or so than that the their them then there these ' +
    'they this those to was were which while with').split(' '),
);

/** Splits text into words, for indexing and for queries alike. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Normalises a word for the index: lower case, no accents, no possessive; null for a stop word. */
export function processTerm(word: string): string | null {
  const term = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (!term || STOP_WORDS.has(term)) return null;
  return term;
}

/** Shortest word forgiven a slip: shorter ones have too many neighbours one letter away. */
export const FUZZY_MIN_LENGTH = 5;

/**
 * Slips forgiven in a word: one from five letters, two from eight (two letters swapped count as
 * two). Every allowed slip multiplies the words a query expands to, and the sections it scores,
 * so short words get none.
 */
export function fuzzyDistance(term: string): number {
  if (term.length < FUZZY_MIN_LENGTH) return 0;
  return term.length >= 8 ? 2 : 1;
}

/** How a query is matched and ranked. Exported for tests; {@link searchIndexOptions} applies it by default. */
export const searchDefaults: SearchOptions = {
  boost: { title: 4, heading: 3, text: 1 },
  // As you type, the last word is usually unfinished: match it as the start of a longer one. The
  // words before it are finished, and expanding them too only adds noise (and time).
  prefix: (term, i, terms) => term.length >= 2 && i === terms.length - 1,
  fuzzy: (term) => fuzzyDistance(term) || false,
  maxFuzzy: 2,
  combineWith: 'AND',
};

/** What the index and an article's passages share: which fields, and how words are found and weighed. */
const indexing = {
  idField: 'id',
  fields: ['title', 'heading', 'text'],
  tokenize,
  processTerm,
  searchOptions: searchDefaults,
} satisfies Options;

/** MiniSearch options of the index, identical at build time and in the browser. */
export const searchIndexOptions: Options<SearchDocument> = { ...indexing, storeFields: ['kind', 'label', 'article', 'excerpt'] };

/** A passage as indexed in the browser: the opening carries its article's title, as the whole article does in the index. */
export type PassageDocument = SearchPassage & { title?: string };

/**
 * MiniSearch options for an article's passages, indexed in the browser once the article shows up
 * in results: the same fields, words, weights and matching as the index; nothing stored.
 */
export const passageIndexOptions: Options<PassageDocument> = indexing;
