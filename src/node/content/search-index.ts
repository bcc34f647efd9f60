import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { ArticleSlug, TermId } from '../../shared/ids.ts';
import { paths } from '../../shared/paths.ts';
import { dataPaths } from '../../shared/paths.ts';
import {
  searchIndexOptions,
  shardOf,
  type SearchDocument,
  type SearchIndexMeta,
  type SearchShard,
  type SearchTextFile,
} from '../../shared/search-options.ts';
import type { Passage } from './analyze-body.ts';
import type { LoadedContent } from './load-content.ts';
import { plainText } from './plain-text.ts';

/** What search is built from: articles cut into passages, and glossary terms. */
export interface SearchSource {
  articles: readonly { slug: ArticleSlug; title: string; summary: string; passages: readonly Passage[] }[];
  terms: readonly { id: TermId; term: string; aliases: readonly string[]; short: string; text: string }[];
}

/** The serialised index, as `toJSON` gives it. */
export type SearchIndexData = AsPlainObject;

/** What search ships: the index without its words, the word shards, and each article's passages. */
export interface SearchFiles {
  meta: SearchIndexMeta;
  shards: Map<string, SearchShard>;
  texts: Map<ArticleSlug, SearchTextFile>;
}

/** Picks what search needs from validated content. */
export function searchSourceOf(content: LoadedContent): SearchSource {
  return {
    articles: content.articles.map((a) => ({ slug: a.slug, title: a.meta.title, summary: a.meta.summary, passages: a.analysis.passages })),
    terms: content.terms.map((t) => ({ id: t.id, term: t.meta.term, aliases: t.meta.aliases, short: t.short, text: plainText(t.tree) })),
  };
}

/**
 * One document per article (its title, section headings and whole text) and per glossary term.
 * The section a result opens on is picked in the browser, from the article's passages.
 */
export function searchDocuments(source: SearchSource): SearchDocument[] {
  const documents: SearchDocument[] = source.articles.map((article) => {
    const passages = searchPassages(article);
    return {
      id: paths.article(article.slug),
      kind: 'article',
      title: article.title,
      heading: passages.flatMap((p) => (p.heading === undefined ? [] : [p.heading])).join(' ') || undefined,
      text: passages.map((p) => p.text).join(' '),
      label: article.title,
      article: article.slug,
    };
  });
  for (const term of source.terms) {
    // Snippets come from the short definition: the rest of the entry is searched but not shipped twice.
    documents.push({ id: paths.term(term.id), kind: 'term', title: [term.term, ...term.aliases].join(', '), text: term.text, label: term.term, excerpt: term.short });
  }
  return documents;
}

/** An article's passages as its search text file holds them: the opening (with the summary), then each section. */
export function searchPassages(article: SearchSource['articles'][number]): SearchTextFile {
  return article.passages.map(({ section, text }) =>
    section
      ? { id: paths.article(article.slug, section.id), heading: section.title, text }
      : { id: paths.article(article.slug), text: [article.summary, text].filter(Boolean).join(' ') },
  );
}

/** Indexes the documents with the options the browser loads them with, ready for `JSON.stringify`. */
export function buildSearchIndex(source: SearchSource): SearchIndexData {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(searchDocuments(source));
  return index.toJSON();
}

/** The index cut into what the browser loads: see {@link SearchIndexMeta}. */
export function buildSearchFiles(source: SearchSource): SearchFiles {
  const { index, ...base } = buildSearchIndex(source);
  const shards = new Map<string, SearchShard>();
  for (const entry of index) {
    const key = shardOf(entry[0]);
    const shard = shards.get(key) ?? [];
    shard.push(entry);
    shards.set(key, shard);
  }
  const texts = new Map(source.articles.map((article) => [article.slug, searchPassages(article)]));
  return { meta: { base: { ...base, index: [] }, shards: [...shards.keys()].sort() }, shards, texts };
}

/** The search files by URL path, as JSON text. */
export function searchFileTexts(files: SearchFiles): Map<string, string> {
  const out = new Map<string, string>([[dataPaths.searchIndex(), JSON.stringify(files.meta)]]);
  for (const [key, shard] of files.shards) out.set(dataPaths.searchShard(key), JSON.stringify(shard));
  for (const [slug, text] of files.texts) out.set(dataPaths.searchText(slug), JSON.stringify(text));
  return out;
}
