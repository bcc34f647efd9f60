import type { Options, SearchOptions } from 'minisearch';

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
  /** Stored: the text snippets are cut from, at most {@link EXCERPT_MAX_CHARS} characters. */
  excerpt: string;
}

/** The fields a search result carries, besides its id. */
export type StoredSearchFields = Pick<SearchDocument, 'kind' | 'label' | 'context' | 'excerpt'>;

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

/** How a query is matched and ranked. Exported for tests; {@link searchIndexOptions} applies it by default. */
export const searchDefaults: SearchOptions = {
  boost: { title: 4, heading: 3, text: 1 },
  // As you type, a word is usually unfinished: match it as the start of a longer one.
  prefix: (term) => term.length >= 2,
  // One slip in a word of four to seven letters, two in a longer word.
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

/** MiniSearch options, identical at build time and in the browser. */
export const searchIndexOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: ['title', 'heading', 'text'],
  storeFields: ['kind', 'label', 'context', 'excerpt'],
  tokenize,
  processTerm,
  searchOptions: searchDefaults,
};
