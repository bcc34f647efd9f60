import type { TermId } from './ids.ts';

/** The words that count as mentioning a term: its name and aliases. */
export interface MatchableTerm {
  id: TermId;
  term: string;
  aliases: readonly string[];
}

/** One mention found in a run of text. */
export interface TermMatch {
  id: TermId;
  start: number;
  end: number;
}

/** Plural forms of a word or phrase, inflecting its last word the regular English way. */
export function pluralForms(form: string): string[] {
  const lower = form.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) return [`${form.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(lower)) return [`${form}es`];
  return [`${form}s`];
}

/** A trie of forms, one character per step; a space stands for any run of whitespace. */
interface Node {
  next: Map<string, Node>;
  /** The term whose form ends here. */
  id?: TermId;
}

/** Letters and digits make words; a hyphen joined to one keeps the word going ("TPE-based"). */
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What may not follow a mention: more word, or a hyphen joined to more word. */
const WORD_GOES_ON = /[\p{L}\p{N}]|-[\p{L}\p{N}]/uy;
const SPACE = /\s/u;

/**
 * Finds glossary terms in text: whole words, any case, plurals, the longest form wins.
 *
 * Linear in the text: from each word start it follows a trie of every form as far as the text
 * allows, so its cost does not grow with the size of the glossary.
 *
 * The answer never depends on the order terms are given in: names and aliases claim their words
 * before generated plurals do, and ties go to the lowest id. That is what lets the reader, which
 * knows only the terms an article uses, link exactly what the build saw with the whole glossary.
 */
export class TermMatcher {
  private readonly root: Node = { next: new Map() };
  /** Whether some form begins with a symbol ("#2 brush"): only then are the gaps between words tried. */
  private symbolForms = false;

  constructor(terms: readonly MatchableTerm[]) {
    const sorted = [...terms].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const claim = (form: string, id: TermId) => {
      const key = normalise(form);
      if (!key) return;
      let node = this.root;
      for (let k = 0; k < key.length; k += 1) {
        const ch = key.charAt(k);
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      // The build rejects two terms naming the same words; plurals yield to names and aliases.
      node.id ??= id;
      if (!WORD_CHAR.test(key.charAt(0))) this.symbolForms = true;
    };
    for (const term of sorted) for (const form of [term.term, ...term.aliases]) claim(form, term.id);
    for (const term of sorted) for (const form of [term.term, ...term.aliases]) for (const plural of pluralForms(form)) claim(plural, term.id);
  }

  /** Every mention in `text`, left to right, never overlapping; at one position the longest form wins. */
  find(text: string): TermMatch[] {
    const found: TermMatch[] = [];
    if (this.root.next.size === 0) return found;
    const lower = lowerCase(text);
    let cursor = 0; // where the last mention ended: none starts before it
    const take = (match: TermMatch | null) => {
      if (!match) return;
      found.push(match);
      cursor = match.end;
    };
    const gap = (from: number, to: number) => {
      for (let at = Math.max(from, cursor); at < to; at = Math.max(at + 1, cursor)) {
        if (startsWord(lower, at)) take(this.matchAt(lower, at));
      }
    };
    let previousEnd = 0;
    for (const word of lower.matchAll(WORD)) {
      const start = word.index;
      if (this.symbolForms) gap(previousEnd, start);
      // A word joined by a hyphen to the one before ("TPE-based") is inside that word.
      const joined = start > 0 && previousEnd === start - 1 && lower[start - 1] === '-';
      previousEnd = start + word[0].length;
      if (start >= cursor && !joined) take(this.matchAt(lower, start));
    }
    if (this.symbolForms) gap(previousEnd, lower.length);
    return found;
  }

  /** The longest form written at `start` that ends where a word does. */
  private matchAt(lower: string, start: number): TermMatch | null {
    let best: TermMatch | null = null;
    let node: Node | undefined = this.root;
    let i = start;
    while (node && i < lower.length) {
      const ch = lower.charAt(i);
      if (SPACE.test(ch)) {
        node = node.next.get(' ');
        while (i < lower.length && SPACE.test(lower.charAt(i))) i += 1;
      } else {
        node = node.next.get(ch);
        i += 1;
      }
      if (node?.id === undefined) continue;
      WORD_GOES_ON.lastIndex = i;
      if (!WORD_GOES_ON.test(lower)) best = { id: node.id, start, end: i };
    }
    return best;
  }
}

/** Whether a symbol at `at` starts a word: not inside one, nor right after a hyphen joined to one. */
function startsWord(lower: string, at: number): boolean {
  const isWord = (i: number) => i >= 0 && WORD_CHAR.test(lower.charAt(i));
  if (isWord(at - 1)) return false;
  return !(lower[at - 1] === '-' && isWord(at - 2));
}

/** Lower case with every character where it was, so offsets into it are offsets into the text. */
function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  }).join('');
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
