import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleMarkdown, planArticle, type ArticlePlan } from './articles.ts';
import { planTerms, termMarkdown, type TermPlan } from './terms.ts';
import { ProseWriter } from './vocabulary.ts';

/** Options of {@link generateLibrary}. */
export interface LibraryOptions {
  /** How many articles; article 0 is the 10,000-word long read. */
  articles: number;
  /** How many glossary terms; {@link defaultTermCount} by default. */
  terms?: number;
  /** The same seed gives byte-identical files. */
  seed?: number;
}

/** What was generated, for the benchmarks to find their pages. */
export interface GeneratedLibrary {
  dir: string;
  articles: ArticlePlan[];
  terms: TermPlan[];
  /** The 10,000-word article. */
  longArticle: ArticlePlan;
  /** An ordinary article whose text is the same at every library size: its page size must stay flat. */
  referenceArticle: ArticlePlan;
  /** A term whose entry is the same at every library size (only its list of mentions grows). */
  referenceTerm: TermPlan;
}

export const TOPICS = [
  { id: 'materials', title: 'Materials', description: 'What miniatures are made of and how each material behaves under the hand.' },
  { id: 'techniques-and-tools', title: 'Techniques and tools', description: 'Methods and instruments of small-scale making.' },
  { id: 'proportion-and-scale', title: 'Proportion and scale', description: 'How a form keeps its logic when it is reduced.' },
  { id: 'surface-and-finish', title: 'Surface and finish', description: 'Painting, sheen and texture at the skin of a piece.' },
  { id: 'craft-and-perception', title: 'Craft and perception', description: 'Why some miniatures feel alive and others do not.' },
  { id: 'history-and-collecting', title: 'History and collecting', description: 'Makers, collections and how tastes changed.' },
] as const;

/** A glossary the size real libraries have: 50 terms plus one for every eight articles. */
export function defaultTermCount(articles: number): number {
  return 50 + Math.ceil(articles / 8);
}

/** Terms an article may mention: the first 50 and more the later it is, so its text never depends on the library's size. */
function termPoolSize(articleIndex: number): number {
  return 50 + Math.floor(articleIndex / 8);
}

/**
 * Writes a synthetic library (topics.yaml, articles/, glossary/) into `dir`, replacing what is
 * there. The content passes the build's validation: links reach existing articles, sections and
 * terms, no raw HTML, short definitions within 40 words, no two terms claiming the same words.
 */
export async function generateLibrary(dir: string, options: LibraryOptions): Promise<GeneratedLibrary> {
  const seed = options.seed ?? 1;
  const articleCount = options.articles;
  const termCount = options.terms ?? defaultTermCount(articleCount);
  if (articleCount < 2) throw new Error('generate at least two articles: the long read and a reference article');
  const prose = new ProseWriter();
  const topicIds = TOPICS.map((t) => t.id);
  const terms = planTerms(termCount, topicIds, seed);
  const articles = Array.from({ length: articleCount }, (_, i) => planArticle(i, topicIds, prose, seed));
  const termById = new Map(terms.map((t) => [t.id, t]));

  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  await mkdir(path.join(dir, 'glossary'), { recursive: true });
  const topicsYaml = TOPICS.map((t) => `- id: ${t.id}\n  title: ${JSON.stringify(t.title)}\n  description: ${JSON.stringify(t.description)}\n`).join('');
  await writeFile(path.join(dir, 'topics.yaml'), topicsYaml);

  const write = async (file: string, text: string) => writeFile(path.join(dir, file), text);
  await inBatches(articles, async (article) => {
    // The long read links to the few articles after it; every other article to earlier ones.
    const earlier = article.index === 0 ? articles.slice(1, 6) : articles.slice(0, article.index);
    const pool = terms.slice(0, termPoolSize(article.index));
    await write(`articles/${article.slug}.md`, articleMarkdown(article, { earlier, terms: pool }, prose, seed));
  });
  await inBatches(terms, async (term) => {
    const related = term.related.flatMap((id) => termById.get(id) ?? []);
    const article = articles[term.index % Math.min(articleCount, 100)] as ArticlePlan;
    await write(`glossary/${term.id}.md`, termMarkdown(term, related, { article }, prose, seed));
  });

  return {
    dir,
    articles,
    terms,
    longArticle: articles[0] as ArticlePlan,
    referenceArticle: articles[1] as ArticlePlan,
    referenceTerm: terms[0] as TermPlan,
  };
}

async function inBatches<T>(items: readonly T[], run: (item: T) => Promise<void>, size = 64): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}
