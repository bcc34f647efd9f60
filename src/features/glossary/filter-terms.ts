import type { GlossaryEntry } from '../../shared/content-types.ts';

/** A glossary entry that passed the filter, and what to show about why. */
export interface FilteredEntry {
  entry: GlossaryEntry;
  /** The alias that matched when the term's own name did not: shown so the match makes sense. */
  alias: string | null;
}

/** Folds text for matching: lowercase, accents dropped ("Café" finds "cafe"), spaces collapsed. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** The words of a filter query, folded; empty when the query is blank. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(/[\s,]+/)
    .filter(Boolean);
}

/**
 * The entries whose name, aliases or short definition contain every word of the query, anywhere
 * (so typing part of a word already narrows the list), in the order given. A blank query keeps them all.
 */
export function filterTerms(entries: readonly GlossaryEntry[], query: string): FilteredEntry[] {
  const words = queryWords(query);
  if (!words.length) return entries.map((entry) => ({ entry, alias: null }));
  const found: FilteredEntry[] = [];
  for (const entry of entries) {
    const name = fold(entry.term);
    const aliases = entry.aliases.map(fold);
    const haystack = [name, ...aliases, fold(entry.short)].join('\n');
    if (!words.every((w) => haystack.includes(w))) continue;
    found.push({ entry, alias: words.every((w) => name.includes(w)) ? null : bestAlias(entry.aliases, aliases, words) });
  }
  return found;
}

/** The alias holding the most words of the query (the first of equals); null when none holds any. */
function bestAlias(aliases: readonly string[], folded: readonly string[], words: readonly string[]): string | null {
  let best: string | null = null;
  let most = 0;
  folded.forEach((alias, index) => {
    const count = words.filter((w) => alias.includes(w)).length;
    if (count > most) {
      most = count;
      best = aliases[index] ?? null;
    }
  });
  return best;
}
