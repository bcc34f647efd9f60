import { slug as slugify } from 'github-slugger';
import { countWords } from '../../../src/shared/reading-time.ts';
import { createSectionSlugger } from '../../../src/shared/slug.ts';
import { createRandom, seedOf, type Random } from './random.ts';
import type { TermPlan } from './terms.ts';
import type { ProseWriter } from './vocabulary.ts';

/** A planned section: its heading, the id the build will give it, and how many words to write. */
export interface SectionPlan {
  depth: 2 | 3;
  title: string;
  id: string;
  words: number;
}

/** A planned article: what other files need to link to it. */
export interface ArticlePlan {
  index: number;
  slug: string;
  title: string;
  summary: string;
  topics: string[];
  published: string;
  sections: SectionPlan[];
}

/** Words of the long article the rendering benchmark reads. */
export const LONG_ARTICLE_WORDS = 10_000;

const DAY = 24 * 60 * 60 * 1000;
const FIRST_DAY = Date.UTC(2016, 0, 1);

/**
 * Plans article `index`. Article 0 is the long read (about {@link LONG_ARTICLE_WORDS} words);
 * every other one has five to nine `##` sections, some with `###` subsections, 1,000–4,000 words (about 2,000 typically).
 */
export function planArticle(index: number, topics: readonly string[], prose: ProseWriter, seed: number): ArticlePlan {
  const random = createRandom(seedOf(seed, 'article', index));
  const long = index === 0;
  const title = long ? 'The long read: ten thousand words on small work' : `${prose.heading(random)}: ${prose.heading(random).toLowerCase()}`;
  const slug = `${slugify(title).split('-').slice(0, 6).join('-')}-${index}`;
  const slugger = createSectionSlugger();
  const sections: SectionPlan[] = [];
  const add = (depth: 2 | 3, words: number) => {
    const heading = prose.heading(random);
    sections.push({ depth, title: heading, id: slugger(heading), words });
  };
  const count = long ? 24 : random.int(5, 9);
  for (let s = 0; s < count; s += 1) {
    // Word targets are minimums: a section ends with the block that passes its target, about 40 words later.
    add(2, long ? 100 : random.int(100, 250));
    const subsections = long ? 2 : random.chance(0.35) ? random.int(1, 2) : 0;
    for (let t = 0; t < subsections; t += 1) add(3, long ? 100 : random.int(60, 150));
  }
  return {
    index,
    slug,
    title,
    summary: prose.sentence(random),
    topics: random.sample(topics, random.int(1, 3)),
    published: new Date(FIRST_DAY + index * DAY).toISOString().slice(0, 10),
    sections,
  };
}

/** What an article's body may link to and mention. */
export interface ArticleContext {
  /** Articles it may link to (earlier ones, so an article reads the same at any library size). */
  earlier: readonly ArticlePlan[];
  /** Terms its prose may mention by name. */
  terms: readonly TermPlan[];
}

/** The Markdown of one article: front-matter, an opening, and every planned section with lists, tables and links. */
export function articleMarkdown(plan: ArticlePlan, context: ArticleContext, prose: ProseWriter, seed: number): string {
  const random = createRandom(seedOf(seed, 'article-body', plan.index));
  const mention = () => (context.terms.length && random.chance(0.12) ? random.pick(context.terms).term.toLowerCase() : null);
  const out = [
    '---',
    `title: ${JSON.stringify(plan.title)}`,
    `summary: ${JSON.stringify(plan.summary)}`,
    `topics: [${plan.topics.join(', ')}]`,
    `published: ${plan.published}`,
    '---',
    '',
    prose.paragraph(random, 3, 5, mention),
    '',
    prose.paragraph(random, 2, 4, mention),
    '',
  ];
  for (const section of plan.sections) {
    out.push(`${'#'.repeat(section.depth)} ${section.title}`, '');
    let words = 0;
    while (words < section.words) {
      const block = sectionBlock(random, prose, context, mention);
      words += countWords(block.replace(/\]\([^)]*\)/g, ']'));
      out.push(block, '');
    }
  }
  return out.join('\n');
}

function sectionBlock(random: Random, prose: ProseWriter, context: ArticleContext, mention: () => string | null): string {
  const roll = random.next();
  if (roll < 0.08) return list(random, prose, random.chance(0.4));
  if (roll < 0.12) return table(random, prose);
  if (roll < 0.15) return `> ${prose.sentence(random)} ${prose.sentence(random)}`;
  let text = prose.paragraph(random, 3, 6, mention);
  if (context.earlier.length && random.chance(0.12)) text += ` ${articleLink(random, context.earlier)}`;
  if (context.terms.length && random.chance(0.06)) {
    const term = random.pick(context.terms);
    text += ` See [${term.term.toLowerCase()}](/glossary/${term.id}) in the glossary.`;
  }
  if (random.chance(0.02)) text += ` A longer treatment is [in the archive](https://example.org/archive/${prose.word(random)}).`;
  return text;
}

function articleLink(random: Random, earlier: readonly ArticlePlan[]): string {
  const target = random.pick(earlier);
  const section = random.chance(0.5) && target.sections.length ? random.pick(target.sections) : null;
  const href = `/articles/${target.slug}${section ? `#${section.id}` : ''}`;
  return section ? `The same problem comes up under [${section.title.toLowerCase()}](${href}).` : `Compare [${target.title.toLowerCase()}](${href}).`;
}

function list(random: Random, prose: ProseWriter, ordered: boolean): string {
  const items = random.int(3, 6);
  return Array.from({ length: items }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${prose.sentence(random)}`).join('\n');
}

function table(random: Random, prose: ProseWriter): string {
  const columns = random.int(3, 4);
  const header = Array.from({ length: columns }, (_, c) => (c === 0 ? 'Material' : prose.word(random)));
  const rows = Array.from({ length: random.int(3, 5) }, () =>
    Array.from({ length: columns }, (_, c) => (c === 0 ? prose.word(random) : `${random.int(1, 90)} ${random.pick(['min', 'mm', '%', 'h'])}`)),
  );
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
