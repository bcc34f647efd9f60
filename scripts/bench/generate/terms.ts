import { slug as slugify } from 'github-slugger';
import { createRandom, seedOf } from './random.ts';
import { TERM_ADJECTIVES, TERM_NOUNS, type ProseWriter } from './vocabulary.ts';

/** A planned glossary term: what other files need to know to link to it or mention it. */
export interface TermPlan {
  index: number;
  id: string;
  term: string;
  aliases: string[];
  topic: string;
  related: string[];
}

const ALIAS_SUFFIXES = ['technique', 'method', 'process', 'approach', 'stage', 'effect'];

/** Every adjective–noun name, in one fixed shuffled order: term 7 has the same name in every library. */
function allNames(seed: number): string[] {
  const names = TERM_ADJECTIVES.flatMap((adjective) => TERM_NOUNS.map((noun) => `${adjective} ${noun}`));
  return createRandom(seedOf(seed, 'term-names')).sample(names, names.length);
}

/** The most terms {@link planTerms} can name. */
export const MAX_TERMS = TERM_ADJECTIVES.length * TERM_NOUNS.length;

/**
 * Names, aliases, topics and related terms for `count` terms. Aliases are a hyphenated spelling
 * or the name with a suffix ("layered glaze technique"), so no two terms claim the same words.
 */
export function planTerms(count: number, topics: readonly string[], seed: number): TermPlan[] {
  if (count > MAX_TERMS) throw new Error(`at most ${MAX_TERMS} terms can be generated`);
  if (count < 2) throw new Error('generate at least two terms: each needs a related term');
  const names = allNames(seed);
  return Array.from({ length: count }, (_, index) => {
    const random = createRandom(seedOf(seed, 'term', index));
    const term = names[index] as string;
    const aliases: string[] = [];
    if (random.chance(0.4)) aliases.push(term.replace(' ', '-'));
    for (const suffix of random.sample(ALIAS_SUFFIXES, random.int(0, 2))) aliases.push(`${term} ${suffix}`);
    // Related terms come from earlier ones (term 0 points to term 1), so a term reads the same at any size.
    const earlier = Array.from({ length: index }, (_, i) => i);
    const related = index === 0 ? [1] : random.sample(earlier, random.int(1, Math.min(3, index)));
    return {
      index,
      id: slugify(term),
      term: `${term.charAt(0).toUpperCase()}${term.slice(1)}`,
      aliases,
      topic: random.pick(topics),
      related: related.map((i) => slugify(names[i] as string)),
    };
  });
}

/** Where a term's entry may link to an article, other than through related terms. */
export interface TermLinks {
  article: { slug: string; title: string };
}

/** The Markdown of one glossary entry: a short definition (at most 40 words), then a few paragraphs. */
export function termMarkdown(plan: TermPlan, related: readonly TermPlan[], links: TermLinks, prose: ProseWriter, seed: number): string {
  const random = createRandom(seedOf(seed, 'term-body', plan.index));
  const lines = [
    '---',
    `term: ${JSON.stringify(plan.term)}`,
    `aliases: [${plan.aliases.map((a) => JSON.stringify(a)).join(', ')}]`,
    `topic: ${plan.topic}`,
    `related: [${plan.related.join(', ')}]`,
    '---',
  ];
  // A sentence has at most 24 words and three inserts: with the name, well under the 40-word limit.
  lines.push(`${plan.term} is ${prose.sentence(random).replace(/^\w/, (c) => c.toLowerCase())}`, '');
  const paragraphs = random.int(2, 4);
  for (let i = 0; i < paragraphs; i += 1) {
    let text = prose.paragraph(random, 2, 5);
    if (i === 0 && related[0]) text += ` Compare [${related[0].term.toLowerCase()}](/glossary/${related[0].id}).`;
    if (i === paragraphs - 1) text += ` It comes up in [${links.article.title}](/articles/${links.article.slug}).`;
    lines.push(text, '');
  }
  return lines.join('\n');
}
