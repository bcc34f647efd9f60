import type { Root } from 'mdast';
import type { ArticleSlug, SectionId, TermId, TopicId } from './ids.ts';

/** A topic, declared once in content/topics.yaml. */
export interface Topic {
  id: TopicId;
  title: string;
  description: string;
}

/** A `##` or `###` heading of an article, with the id rehype-slug gives it. */
export interface Section {
  id: SectionId;
  title: string;
  depth: 2 | 3;
  /** Words from this heading to the next `##`/`###` heading. */
  words: number;
}

/** What the library lists for each article. */
export interface ArticleSummary {
  slug: ArticleSlug;
  title: string;
  summary: string;
  topics: TopicId[];
  published: string;
  updated?: string;
  words: number;
  readingMinutes: number;
}

/** Just enough of a neighbouring article to link to it. */
export interface ArticleLink {
  slug: ArticleSlug;
  title: string;
}

/** A glossary term as an article needs it to link and preview mentions. */
export interface TermPreview {
  id: TermId;
  term: string;
  /** The first paragraph of the definition, as plain text. */
  short: string;
}

/**
 * Markdown as the build parsed it: an mdast tree without positions, ready for react-markdown to
 * render without parsing again. Links, heading ids (`data.hProperties`) and GFM are resolved.
 */
export type MarkdownTree = Root;

/**
 * A run of an article's body that renders on its own: the opening, or one `##` section with its
 * `###` subsections. The reader renders each part separately, so hydrating a long article never
 * has to render all of it in one task.
 */
export interface BodyPart {
  /** The part's blocks, glossary terms linked (`data-term`) and every heading with its id. */
  tree: MarkdownTree;
  /** Its words, heading included. */
  words: number;
}

/** Everything the article route needs: one file per article. */
export interface ArticleData extends ArticleSummary {
  sections: Section[];
  /** The body without front-matter, in parts, rendered by react-markdown in the reader. */
  body: BodyPart[];
  topicTitles: Record<string, string>;
  previous: ArticleLink | null;
  next: ArticleLink | null;
  /** Glossary terms this article links to, for their previews. */
  terms: TermPreview[];
}

/** The library route's data: one page of article summaries, newest first, and the topics. */
export interface LibraryData {
  /** This page's articles. */
  articles: ArticleSummary[];
  topics: Topic[];
  /** The topic the list is narrowed to; null for the whole library. */
  topic: TopicId | null;
  /** 1-based. */
  page: number;
  pages: number;
  /** Articles on every page of this list. */
  total: number;
}

/** One entry of the glossary index. */
export interface GlossaryEntry extends TermPreview {
  topic: TopicId;
  aliases: string[];
}

/** The glossary index route's data. */
export interface GlossaryData {
  terms: GlossaryEntry[];
  topics: Topic[];
}

/** Where a term is mentioned: one article section. */
export interface TermMention {
  article: ArticleSlug;
  articleTitle: string;
  /** null when the mention is in the article's opening, before its first section. */
  section: SectionId | null;
  sectionTitle: string;
}

/** The term route's data. */
export interface TermData extends GlossaryEntry {
  /** The full definition. */
  body: MarkdownTree;
  topicTitle: string;
  related: TermPreview[];
  /** The first {@link TermData.mentionCount} mentions, up to a cap; the rest are in `dataPaths.mentions`. */
  mentions: TermMention[];
  /** Every section that mentions the term. */
  mentionCount: number;
}

/** Written at an alias's URL so `/glossary/<alias>` can redirect to the term. */
export interface TermRedirect {
  redirect: TermId;
}
