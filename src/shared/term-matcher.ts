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

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters, digits, and a hyphen joined to one, count as inside a word. */
const BEFORE = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)';
const AFTER = '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])';

/**
 * Finds glossary terms in text: whole words, any case, plurals, the longest form wins.
 *
 * The answer never depends on the order terms are given in: names and aliases claim their words
 * before generated plurals do, and ties go to the lowest id. That is what lets the reader, which
 * knows only the terms an article uses, link exactly what the build saw with the whole glossary.
 */
export class TermMatcher {
  private readonly byForm = new Map<string, TermId>();
  private readonly pattern: RegExp | null;

  constructor(terms: readonly MatchableTerm[]) {
    const sorted = [...terms].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const claim = (form: string, id: TermId) => {
      const key = normalise(form);
      // The build rejects two terms naming the same words; plurals yield to names and aliases.
      if (key && !this.byForm.has(key)) this.byForm.set(key, id);
    };
    for (const term of sorted) for (const form of [term.term, ...term.aliases]) claim(form, term.id);
    for (const term of sorted) for (const form of [term.term, ...term.aliases]) for (const plural of pluralForms(form)) claim(plural, term.id);

    // Longest first: at any position the regex takes the first alternative that fits.
    const forms = [...this.byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    this.pattern = forms.length
      ? new RegExp(`${BEFORE}(?:${forms.map((f) => escape(f).replace(/ /g, '\\s+')).join('|')})${AFTER}`, 'giu')
      : null;
  }

  /** Every mention in `text`, left to right, never overlapping; at one position the longest form wins. */
  find(text: string): TermMatch[] {
    if (!this.pattern) return [];
    const found: TermMatch[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const id = this.byForm.get(normalise(match[0]));
      if (id && match.index !== undefined) found.push({ id, start: match.index, end: match.index + match[0].length });
    }
    return found;
  }
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
