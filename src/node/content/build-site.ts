import { slug as slugify } from 'github-slugger';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { removePosition } from 'unist-util-remove-position';
import type {
  ArticleData,
  ArticleSummary,
  GlossaryData,
  GlossaryEntry,
  MarkdownTree,
  TermData,
  TermMention,
  TermRedirect,
  Topic,
} from '../../shared/content-types.ts';
import type { ArticleSlug, SectionId, TermId, TopicId } from '../../shared/ids.ts';
import { dataPaths } from '../../shared/paths.ts';
import { readingMinutes } from '../../shared/reading-time.ts';
import { remarkTermLinks } from '../../shared/remark-term-links.ts';
import { LIBRARY_PAGE_SIZE, libraryPages, type LibraryCatalog } from './library-pages.ts';
import { loadContent, type LoadedArticle, type LoadedContent, type LoadedTerm } from './load-content.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { buildSearchFiles, searchFileTexts, searchSourceOf, type SearchFiles } from './search-index.ts';
import { splitBody } from './split-body.ts';
import { validateLinks } from './validate-links.ts';

/** Everything the site is built from: one object per route's data. */
export interface SiteData {
  /** Every article's summary, newest first, and the topics: cut into pages when written. */
  library: LibraryCatalog;
  glossary: GlossaryData;
  articles: Map<ArticleSlug, ArticleData>;
  terms: Map<TermId, TermData>;
  /** Every mention of each term whose page lists only the first {@link INLINE_MENTIONS}. */
  mentions: Map<TermId, TermMention[]>;
  /** Alias URL slug to the term it names. */
  redirects: Map<string, TermRedirect>;
  /** The full-text search index over article sections and glossary terms, as the files it ships in. */
  search: SearchFiles;
  /** Content files read, for watching in dev. */
  files: string[];
}

/** The words in a heading that count as the opening of an article, before any section. */
export const OPENING_TITLE = 'Opening';

/** Mentions a term's page carries itself; the rest are fetched when the reader asks for them. */
export const INLINE_MENTIONS = 12;

/** Reads, validates and links a content directory. Throws {@link ContentError} listing every problem. */
export async function buildSite(contentDir: string, displayRoot?: string): Promise<SiteData> {
  const content = await loadContent(contentDir, displayRoot);
  const problems = [...content.problems, ...crossCheck(content)];
  problems.push(...validateLinks(content));
  if (problems.length) throw new ContentError(problems);
  return assemble(content);
}

function crossCheck(content: LoadedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const topicIds = new Set<string>();
  content.topics.forEach((topic, index) => {
    if (topicIds.has(topic.id)) problems.push({ file: content.topicsFile, line: content.topicLine(index), message: `duplicate topic "${topic.id}"` });
    topicIds.add(topic.id);
  });

  const firstFile = new Map<string, string>();
  for (const [kind, items] of [['article slug', content.articles.map((a) => [a.slug, a] as const)], ['term', content.terms.map((t) => [t.id, t] as const)]] as const) {
    firstFile.clear();
    for (const [id, item] of items) {
      const other = firstFile.get(id);
      if (other) problems.push({ file: item.file, line: 1, message: `duplicate ${kind} "${id}": ${other} has it too` });
      else firstFile.set(id, item.file);
    }
  }

  for (const article of content.articles) {
    article.meta.topics.forEach((topic, index) => {
      if (!topicIds.has(topic)) problems.push({ file: article.file, line: article.lineOf(['topics', index]), message: `unknown topic "${topic}": declare it in ${content.topicsFile}` });
    });
  }

  const termIds = content.termIds;
  const claimedBy = new Map<string, TermId>();
  for (const term of content.terms) {
    if (!topicIds.has(term.meta.topic)) problems.push({ file: term.file, line: term.lineOf(['topic']), message: `unknown topic "${term.meta.topic}": declare it in ${content.topicsFile}` });
    term.meta.related.forEach((related, index) => {
      const line = term.lineOf(['related', index]);
      if (related === term.id) problems.push({ file: term.file, line, message: 'a term cannot be related to itself' });
      else if (!termIds.has(related)) problems.push({ file: term.file, line, message: `related term "${related}" does not exist` });
    });
  }
  // Names claim their words before aliases do, so a clash is reported at the alias that causes it.
  const claims = [
    ...content.terms.map((term) => ({ term, form: term.meta.term, where: ['term'] as PropertyKey[] })),
    ...content.terms.flatMap((term) => term.meta.aliases.map((form, i) => ({ term, form, where: ['aliases', i] as PropertyKey[] }))),
  ];
  for (const { term, form, where } of claims) {
    const key = form.toLowerCase().replace(/\s+/g, ' ');
    const owner = claimedBy.get(key);
    if (owner && owner !== term.id) problems.push({ file: term.file, line: term.lineOf(where), message: `duplicate term "${form}": term "${owner}" already uses it` });
    else claimedBy.set(key, term.id);
  }
  return problems;
}

function assemble(content: LoadedContent): SiteData {
  const topics: Topic[] = content.topics.map((t) => ({ id: t.id as TopicId, title: t.title, description: t.description }));
  const topicTitle = new Map(topics.map((t) => [t.id as string, t.title]));

  const ordered = [...content.articles].sort((a, b) => a.meta.published.localeCompare(b.meta.published) || a.slug.localeCompare(b.slug));
  const summaries = new Map(ordered.map((a) => [a.slug, summarize(a)]));
  const matchable = content.terms.map((t) => ({ id: t.id, term: t.meta.term, aliases: t.meta.aliases }));
  const termById = new Map(content.terms.map((t) => [t.id, t]));

  const mentions = new Map<TermId, TermMention[]>();
  const articles = new Map<ArticleSlug, ArticleData>();
  ordered.forEach((article, index) => {
    const used = new Set<TermId>();
    const sectionTitle = new Map(article.analysis.sections.map((s) => [s.id, s.title]));
    const seen = new Set<string>();
    const onLink = (term: TermId, section: SectionId | null) => {
      used.add(term);
      const key = `${term} ${section ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      const list = mentions.get(term) ?? [];
      list.push({ article: article.slug, articleTitle: article.meta.title, section, sectionTitle: section ? sectionTitle.get(section) ?? section : OPENING_TITLE });
      mentions.set(term, list);
    };
    // The tree is not read again after this, so it is linked and split in place rather than copied (3,000 copies add up).
    unified().use(remarkTermLinks, { terms: matchable, onLink }).runSync(article.tree);

    const previous = ordered[index - 1];
    const next = ordered[index + 1];
    const summary = summaries.get(article.slug) as ArticleSummary;
    articles.set(article.slug, {
      ...summary,
      sections: article.analysis.sections,
      body: splitBody(article.tree),
      topicTitles: Object.fromEntries(article.meta.topics.map((t) => [t, topicTitle.get(t) ?? t])),
      previous: previous ? { slug: previous.slug, title: previous.meta.title } : null,
      next: next ? { slug: next.slug, title: next.meta.title } : null,
      terms: [...used].flatMap((id) => {
        const term = termById.get(id);
        return term ? [{ id, term: term.meta.term, short: term.short }] : [];
      }),
    });
  });

  const entries: GlossaryEntry[] = content.terms
    .map((t) => ({ id: t.id, term: t.meta.term, short: t.short, topic: t.meta.topic as TopicId, aliases: t.meta.aliases }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));

  const terms = new Map<TermId, TermData>();
  const allMentions = new Map<TermId, TermMention[]>();
  const redirects = new Map<string, TermRedirect>();
  for (const entry of entries) {
    const term = termById.get(entry.id) as LoadedTerm;
    const mentioned = mentions.get(entry.id) ?? [];
    if (mentioned.length > INLINE_MENTIONS) allMentions.set(entry.id, mentioned);
    terms.set(entry.id, {
      ...entry,
      body: renderableTree(term.tree),
      topicTitle: topicTitle.get(entry.topic) ?? entry.topic,
      related: term.meta.related.flatMap((id) => {
        const related = termById.get(id as TermId);
        return related ? [{ id: related.id, term: related.meta.term, short: related.short }] : [];
      }),
      mentions: mentioned.slice(0, INLINE_MENTIONS),
      mentionCount: mentioned.length,
    });
    for (const alias of [entry.term, ...entry.aliases]) {
      const aliasSlug = slugify(alias);
      if (aliasSlug && aliasSlug !== entry.id && !termById.has(aliasSlug as TermId) && !redirects.has(aliasSlug)) redirects.set(aliasSlug, { redirect: entry.id });
    }
  }

  return {
    library: { articles: [...ordered].reverse().map((a) => summaries.get(a.slug) as ArticleSummary), topics },
    glossary: { terms: entries, topics },
    articles,
    terms,
    mentions: allMentions,
    redirects,
    search: buildSearchFiles(searchSourceOf(content)),
    files: [content.topicsFile, ...content.articles.map((a) => a.file), ...content.terms.map((t) => t.file)],
  };
}

/** A copy of a parsed body for the reader: no positions (search still reads the original). */
function renderableTree(tree: Root): MarkdownTree {
  const copy = structuredClone(tree);
  removePosition(copy, { force: true });
  return copy;
}

function summarize(article: LoadedArticle): ArticleSummary {
  const { title, summary, topics, published, updated } = article.meta;
  return {
    slug: article.slug,
    title,
    summary,
    topics: topics as TopicId[],
    published,
    ...(updated ? { updated } : {}),
    words: article.analysis.words,
    readingMinutes: readingMinutes(article.analysis.words),
  };
}

/** The site's data as files: URL path to JSON text. The library is cut into pages of `libraryPageSize` articles. */
export function siteFiles(site: SiteData, libraryPageSize = LIBRARY_PAGE_SIZE): Map<string, string> {
  const files = new Map<string, string>();
  for (const page of libraryPages(site.library, libraryPageSize)) files.set(dataPaths.library(page.page, page.topic ?? undefined), JSON.stringify(page));
  files.set(dataPaths.glossary(), JSON.stringify(site.glossary));
  for (const [slug, article] of site.articles) files.set(dataPaths.article(slug), JSON.stringify(article));
  for (const [id, term] of site.terms) files.set(dataPaths.term(id), JSON.stringify(term));
  for (const [id, mentions] of site.mentions) files.set(dataPaths.mentions(id), JSON.stringify(mentions));
  for (const [alias, redirect] of site.redirects) files.set(dataPaths.term(alias as TermId), JSON.stringify(redirect));
  for (const [file, json] of searchFileTexts(site.search)) files.set(file, json);
  return files;
}
