import type { AsPlainObject, Options, SearchOptions } from 'minisearch';
import type { ArticleSlug } from './ids.ts';

/**
 * The search index's one definition, read by the build (which indexes and serialises with
 * `toJSON`) and by the browser (which revives it with `loadJSON`). Both sides must tokenise,
 * normalise and weigh words identically, so every such choice lives here.
 * Only types come from minisearch: importing this module never pulls the library in.
 */

/** What a search result leads to. */
export type SearchKind = 'article' | 'section' | 'term';

/** One searchable destination: an article's opening, one of its sections, or a glossary term. */
export interface SearchDocument {
  /** The URL the result leads to (built with `paths`): unique, so it is the document id too. */
  id: string;
  kind: SearchKind;
  /** Indexed, weighs most: the article title (on its opening only, so it does not lift every section) or the term and its aliases. */
  title?: string;
  /** Indexed, weighs more than text: the section heading. */
  heading?: string;
  /** Indexed: the plain text of the section, the article's summary and opening, or the whole definition. */
  text: string;
  /** Stored: what the result is called (section heading, article title or term). */
  label: string;
  /** Stored: the article a section belongs to. */
  context?: string;
  /** Stored: the article an opening or section belongs to, whose search text file holds its excerpt. */
  article?: ArticleSlug;
  /**
   * The text snippets are cut from, at most {@link EXCERPT_MAX_CHARS} characters. Stored in the
   * index only for terms (their short definition); an article's excerpts live in its own search
   * text file, fetched only when one of its sections is shown as a result.
   */
  excerpt?: string;
}

/** The fields a search result carries, besides its id. */
export type StoredSearchFields = Pick<SearchDocument, 'kind' | 'label' | 'context' | 'article' | 'excerpt'>;

/** An article's search text file: each document id (opening or section URL) to its excerpt. */
export type SearchTextFile = Record<string, string>;

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

/**
 * Most characters of a section stored for snippets. Enough for a whole section of ordinary length,
 * so a word matched anywhere in it can be shown in context; a very long section is cut, and a
 * match past the cut shows the section's opening instead.
 */
export const EXCERPT_MAX_CHARS = 1500;

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

/** MiniSearch options, identical at build time and in the browser. */
export const searchIndexOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: ['title', 'heading', 'text'],
  storeFields: ['kind', 'label', 'context', 'article', 'excerpt'],
  tokenize,
  processTerm,
  searchOptions: searchDefaults,
};
