import type { Topic } from '../../shared/content-types.ts';
import type { FilteredEntry } from './filter-terms.ts';
import { fold } from './filter-terms.ts';

/** One heading of the index and the entries under it. */
export interface TermGroup {
  /** Unique within the page: used for the heading's id. */
  id: string;
  title: string;
  topic: Topic | null;
  entries: FilteredEntry[];
}

/** The letters of the A–Z view; a term starting with anything else goes under "#". */
export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;

/** The A–Z heading a term is listed under: its first letter without accents, else "#". */
export function letterOf(term: string): string {
  const first = fold(term.trim()).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Entries under their topics, in the order topics are declared; topics left empty are dropped. */
export function groupByTopic(entries: readonly FilteredEntry[], topics: readonly Topic[]): TermGroup[] {
  return topics
    .map((topic) => ({ id: `topic-${topic.id}`, title: topic.title, topic, entries: entries.filter((e) => e.entry.topic === topic.id) }))
    .filter((group) => group.entries.length > 0);
}

/** Entries under their first letter, A to Z, each letter sorted by term; empty letters are dropped. */
export function groupByLetter(entries: readonly FilteredEntry[]): TermGroup[] {
  const byLetter = new Map<string, FilteredEntry[]>();
  for (const item of entries) {
    const letter = letterOf(item.entry.term);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), item]);
  }
  return LETTERS.filter((letter) => byLetter.has(letter)).map((letter) => ({
    id: `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`,
    title: letter,
    topic: null,
    entries: (byLetter.get(letter) ?? []).sort((a, b) => a.entry.term.localeCompare(b.entry.term, 'en', { sensitivity: 'base' })),
  }));
}
