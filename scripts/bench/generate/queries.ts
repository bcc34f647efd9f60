import { createRandom, seedOf } from './random.ts';
import type { TermPlan } from './terms.ts';
import { CRAFT_WORDS, rareWords, RARE_WORD_COUNT } from './vocabulary.ts';

/** How many queries the search benchmark runs, and of which kinds. */
export const QUERY_MIX = { common: 50, rare: 30, twoWords: 40, prefix: 30, typo: 25, term: 25 } as const;

/** One slip of the kind people make: a letter swapped with its neighbour, dropped or doubled. */
function typo(word: string, roll: number, at: number): string {
  const i = 1 + (at % (word.length - 2));
  if (roll < 1 / 3) return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
  if (roll < 2 / 3) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
}

/**
 * A fixed set of 200 queries over the generated vocabulary: common and rare words, two-word
 * queries, unfinished words (as typed), typos and glossary terms. Terms come from the first 25,
 * which every library size has, so the set is the same at every N.
 */
export function benchQueries(terms: readonly TermPlan[], seed = 1): string[] {
  const random = createRandom(seedOf(seed, 'queries'));
  const common = CRAFT_WORDS.slice(0, 120);
  const long = CRAFT_WORDS.filter((w) => w.length >= 6);
  const rare = rareWords(RARE_WORD_COUNT).slice(0, 3000);
  const queries: string[] = [];
  for (let i = 0; i < QUERY_MIX.common; i += 1) queries.push(random.pick(common));
  for (let i = 0; i < QUERY_MIX.rare; i += 1) queries.push(random.pick(rare));
  for (let i = 0; i < QUERY_MIX.twoWords; i += 1) queries.push(`${random.pick(common)} ${random.pick(CRAFT_WORDS)}`);
  for (let i = 0; i < QUERY_MIX.prefix; i += 1) {
    const word = random.pick(long);
    queries.push(word.slice(0, random.int(3, Math.min(5, word.length - 1))));
  }
  for (let i = 0; i < QUERY_MIX.typo; i += 1) queries.push(typo(random.pick(long), random.next(), random.int(0, 50)));
  const named = terms.slice(0, 25);
  for (let i = 0; i < QUERY_MIX.term; i += 1) queries.push(random.pick(named).term.toLowerCase());
  return queries;
}
