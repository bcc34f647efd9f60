import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ArticleSlug, TermId } from '../../shared/ids.ts';
import { isKebabId } from '../../shared/ids.ts';
import { countWords } from '../../shared/reading-time.ts';
import { analyzeBody, type BodyAnalysis } from './analyze-body.ts';
import { parseMarkdownFile } from './markdown-file.ts';
import type { ContentProblem } from './problems.ts';
import { articleFrontMatter, termFrontMatter, topicsFile, type ArticleFrontMatter, type TermFrontMatter, type TopicsFile } from './schemas.ts';
import { parseYaml, validateYaml } from './yaml-source.ts';

/** The most words a term's short definition (its first paragraph) may have. */
export const SHORT_DEFINITION_MAX_WORDS = 40;

interface Loaded<Meta> {
  file: string;
  meta: Meta;
  lineOf: (path: readonly PropertyKey[]) => number;
  tree: Root;
  analysis: BodyAnalysis;
}

/** An article file that parsed and matched its schema. */
export interface LoadedArticle extends Loaded<ArticleFrontMatter> {
  slug: ArticleSlug;
}

/** A glossary file that parsed and matched its schema. */
export interface LoadedTerm extends Loaded<TermFrontMatter> {
  id: TermId;
  short: string;
}

/** Everything read from a content directory, before cross-file checks. */
export interface LoadedContent {
  topics: TopicsFile;
  topicsFile: string;
  topicLine: (index: number) => number;
  articles: LoadedArticle[];
  terms: LoadedTerm[];
  /** Section anchors of every article file, valid or not, so one bad file does not break links to it. */
  articleAnchors: Map<string, Set<string>>;
  /** Ids of every glossary file, valid or not. */
  termIds: Set<string>;
  problems: ContentProblem[];
}

/** Reads and validates every file of a content directory; problems are collected, never thrown. */
export async function loadContent(contentDir: string, displayRoot = process.cwd()): Promise<LoadedContent> {
  const display = (file: string) => path.relative(displayRoot, file) || file;
  const problems: ContentProblem[] = [];

  const topicsPath = path.join(contentDir, 'topics.yaml');
  let topics: TopicsFile = [];
  let topicLine: (index: number) => number = () => 1;
  const topicsSource = await readFile(topicsPath, 'utf8').catch(() => null);
  if (topicsSource === null) {
    problems.push({ file: display(topicsPath), line: 1, message: 'missing topics file: declare topics here' });
  } else {
    const yaml = parseYaml(topicsSource, display(topicsPath), 1);
    const result = validateYaml(topicsFile, yaml, display(topicsPath), 'topic');
    problems.push(...result.problems);
    topics = result.data ?? [];
    topicLine = (index) => yaml.lineOf([index]);
  }

  const articles: LoadedArticle[] = [];
  const articleAnchors = new Map<string, Set<string>>();
  for (const file of await markdownFiles(path.join(contentDir, 'articles'))) {
    const { loaded, anchors } = await loadFile(file, display(file), articleFrontMatter, 'article', problems);
    articleAnchors.set(slugOf(file), anchors);
    if (loaded) articles.push({ ...loaded, slug: slugOf(file) as ArticleSlug });
  }

  const terms: LoadedTerm[] = [];
  const termIds = new Set<string>();
  for (const file of await markdownFiles(path.join(contentDir, 'glossary'))) {
    const { loaded } = await loadFile(file, display(file), termFrontMatter, 'term', problems);
    termIds.add(slugOf(file));
    if (!loaded) continue;
    const first = loaded.tree.children[0];
    if (first?.type !== 'paragraph') {
      problems.push({ file: loaded.file, line: first?.position?.start.line ?? 1, message: 'start the definition with a paragraph: it is the short definition' });
      continue;
    }
    const short = toString(first as Paragraph).replace(/\s+/g, ' ').trim();
    const words = countWords(short);
    if (words > SHORT_DEFINITION_MAX_WORDS) {
      problems.push({ file: loaded.file, line: first.position?.start.line ?? 1, message: `short definition has ${words} words; keep it to ${SHORT_DEFINITION_MAX_WORDS}` });
    }
    terms.push({ ...loaded, id: slugOf(file) as TermId, short });
  }

  for (const [kind, list] of [['article', articles], ['term', terms]] as const) {
    for (const item of list) {
      const id = slugOf(item.file);
      if (!isKebabId(id)) problems.push({ file: item.file, line: 1, message: `file name "${id}" must be lowercase-kebab-case: it is the ${kind}'s URL` });
    }
  }

  return { topics, topicsFile: display(topicsPath), topicLine, articles, terms, articleAnchors, termIds, problems };
}

async function loadFile<Meta>(
  absolute: string,
  file: string,
  schema: Parameters<typeof validateYaml<Meta>>[0],
  kind: 'article' | 'term',
  problems: ContentProblem[],
): Promise<{ loaded: Loaded<Meta> | null; anchors: Set<string> }> {
  const source = await readFile(absolute, 'utf8');
  const parsed = parseMarkdownFile(source, file);
  problems.push(...parsed.problems);
  const analysis = analyzeBody(parsed.tree, file, kind);
  problems.push(...analysis.problems);
  const anchors = analysis.anchors as Set<string>;
  if (!parsed.frontMatter || parsed.problems.length) return { loaded: null, anchors };
  const { data, problems: schemaProblems } = validateYaml(schema, parsed.frontMatter, file, 'front-matter');
  problems.push(...schemaProblems);
  if (!data) return { loaded: null, anchors };
  return { loaded: { file, meta: data, lineOf: parsed.frontMatter.lineOf, tree: parsed.tree, analysis }, anchors };
}

/** Markdown files under `dir`, in any sub-folder, sorted for a stable build. */
async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function slugOf(file: string): string {
  return path.basename(file, '.md');
}
