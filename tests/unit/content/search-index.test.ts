import path from 'node:path';
import type { Root } from 'mdast';
import MiniSearch from 'minisearch';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine, shardsOfQuery, type SearchEngine } from '../../../src/features/search/search-engine.ts';
import { analyzeBody } from '../../../src/node/content/analyze-body.ts';
import { buildSite, siteFiles } from '../../../src/node/content/build-site.ts';
import { loadContent } from '../../../src/node/content/load-content.ts';
import { plainText } from '../../../src/node/content/plain-text.ts';
import {
  buildSearchFiles,
  buildSearchIndex,
  searchDocuments,
  searchFileTexts,
  searchPassages,
  searchSourceOf,
  type SearchSource,
} from '../../../src/node/content/search-index.ts';
import type { Section } from '../../../src/shared/content-types.ts';
import type { ArticleSlug, SectionId, TermId } from '../../../src/shared/ids.ts';
import { dataPaths } from '../../../src/shared/paths.ts';
import { fuzzyDistance, processTerm, searchIndexOptions, shardOf, type SearchIndexMeta } from '../../../src/shared/search-options.ts';

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);
const section = (title: string): Section => ({ id: title.toLowerCase().replace(/\s+/g, '-') as SectionId, title, depth: 2, words: 0 });

/** The search files as the build writes them, and the URLs fetched from them. */
function filesOf(source: SearchSource) {
  const files = searchFileTexts(buildSearchFiles(source));
  const fetched: string[] = [];
  const fetchJson = async (url: string): Promise<unknown> => {
    fetched.push(url);
    const text = files.get(url);
    if (text === undefined) throw new Error(`no ${url}`);
    return JSON.parse(text) as unknown;
  };
  const meta = JSON.parse(files.get(dataPaths.searchIndex()) ?? '') as SearchIndexMeta;
  return { files, fetched, fetchJson, meta };
}

/** The index as the browser gets it: serialised by the build, revived with the shared options. */
const engineFor = (source: SearchSource): SearchEngine => {
  const { meta, fetchJson } = filesOf(source);
  return createSearchEngine(meta, fetchJson);
};
const ids = async (engine: SearchEngine, query: string) => (await engine.search(query, 20)).map((hit) => hit.id);

describe('plainText', () => {
  it.each([
    ['inline markup runs together', 'A **bold**er _claim_ with `code`.', 'A bolder claim with code.'],
    ['list items stay apart', '- first\n- second\n- third', 'first second third'],
    ['table cells stay apart', '| Material | Finish |\n| --- | --- |\n| TPE | matte |', 'Material Finish TPE matte'],
    ['link text is kept, the URL is not', 'See [the glossary](/glossary/tpe).', 'See the glossary.'],
    ['footnotes and definitions are left out', 'Text[^1].\n\n[^1]: A note.\n\n[x]: https://example.com', 'Text.'],
    ['line breaks become spaces', 'one  \ntwo', 'one two'],
  ])('%s', (_name, markdown, expected) => {
    expect(plainText(parse(markdown))).toBe(expected);
  });
});

describe('analyzeBody passages', () => {
  it('cuts the body into the opening and one passage per ## or ### section, deeper headings included', () => {
    const tree = parse('Opening words.\n\n## First part\n\nAlpha text.\n\n#### A detail\n\nMore alpha.\n\n### Sub part\n\nBeta text.\n\n## Empty\n');
    const { passages } = analyzeBody(tree, 'x.md', 'article');
    expect(passages.map((p) => [p.section?.id ?? null, p.text])).toEqual([
      [null, 'Opening words.'],
      ['first-part', 'Alpha text. A detail More alpha.'],
      ['sub-part', 'Beta text.'],
      ['empty', ''],
    ]);
  });
});

describe('search documents from content', () => {
  const dir = path.resolve(__dirname, '../../fixtures/content/valid');
  let source: SearchSource;
  beforeAll(async () => {
    source = searchSourceOf(await loadContent(dir, dir));
  });

  it('makes each article and each term a document, linked by URL', () => {
    const documents = searchDocuments(source);
    expect(documents.map((d) => [d.id, d.kind, d.label])).toEqual([
      ['/articles/alpha', 'article', 'Alpha Article'],
      ['/articles/beta', 'article', 'Beta Article'],
      ['/glossary/platinum-cure-silicone', 'term', 'Platinum-cure silicone'],
      ['/glossary/silicone', 'term', 'Silicone'],
      ['/glossary/tpe', 'term', 'TPE'],
    ]);
    expect(documents[0]).toMatchObject({ title: 'Alpha Article', heading: 'Why TPE matters Cure times Links', article: 'alpha' });
    expect(documents[0]?.text).toMatch(/^The first article\. Opening words about TPE and resin\. TPE holds detail\./);
  });

  it('cuts each article into passages, with the section ids the reader gives headings', async () => {
    const site = await buildSite(dir, dir);
    const sectionUrls = source.articles.flatMap((a) => searchPassages(a).flatMap((p) => (p.heading === undefined ? [] : [p.id])));
    const readerUrls = [...site.articles.values()].flatMap((a) => a.sections.map((s) => `/articles/${a.slug}#${s.id}`));
    expect(sectionUrls).toEqual(readerUrls);
    const alpha = source.articles.find((a) => a.slug === 'alpha');
    expect(alpha && searchPassages(alpha).slice(0, 2)).toEqual([
      { id: '/articles/alpha', text: 'The first article. Opening words about TPE and resin.' },
      { id: '/articles/alpha#why-tpe-matters', heading: 'Why TPE matters', text: 'TPE holds detail. Silicone too, and platinum-cure silicone most of all.' },
    ]);
  });

  it('is emitted as the index without its words, one file per first letter of its words, and one text file per article', async () => {
    const files = siteFiles(await buildSite(dir, dir));
    const meta = JSON.parse(files.get(dataPaths.searchIndex()) ?? '') as SearchIndexMeta;
    expect(meta.base.index).toEqual([]);
    expect(meta.shards).toContain('s');
    const shards = meta.shards.map((key) => JSON.parse(files.get(dataPaths.searchShard(key)) ?? '[]') as SearchIndexMeta['base']['index']);
    for (const [i, shard] of shards.entries()) for (const [term] of shard) expect(shardOf(term)).toBe(meta.shards[i]);
    // Put back together, the shards are exactly the index MiniSearch wrote.
    const index = MiniSearch.loadJS({ ...meta.base, index: shards.flat() }, searchIndexOptions);
    expect(index.documentCount).toBe(5);
    expect(index.search('detail').map((r) => r.id)).toEqual(['/articles/alpha']);
    const alpha = source.articles.find((a) => a.slug === 'alpha');
    expect(JSON.parse(files.get(dataPaths.searchText('alpha' as ArticleSlug)) ?? '')).toEqual(alpha && searchPassages(alpha));
  });

  it('stores only what results show: no text, no article passages, a short definition for terms', () => {
    const stored = buildSearchIndex(source).storedFields;
    for (const fields of Object.values(stored)) {
      expect(Object.keys(fields ?? {})).toEqual(expect.arrayContaining(['kind', 'label']));
      expect(Object.keys(fields ?? {})).not.toContain('text');
      if (fields?.kind !== 'term') expect(Object.keys(fields ?? {})).not.toContain('excerpt');
    }
    const tpe = Object.values(stored).find((f) => f?.label === 'TPE');
    expect(tpe?.excerpt).toBe('A soft, flexible polymer.');
  });

  it('still finds words of a term beyond its short definition', async () => {
    expect(await ids(engineFor(source), 'heated')).toEqual(['/glossary/tpe']);
  });

  it('loads only the shards of the words typed, and the texts of the articles shown', async () => {
    const { meta, fetchJson, fetched } = filesOf(source);
    const engine = createSearchEngine(meta, fetchJson);
    const [hit] = await engine.search('detail', 1);
    expect(fetched).toEqual([dataPaths.searchShard('d'), dataPaths.searchText('alpha' as ArticleSlug)]);
    expect(hit?.excerpt).toBe('TPE holds detail. Silicone too, and platinum-cure silicone most of all.');
    await engine.search('detail', 1);
    expect(fetched).toHaveLength(2);
    await engine.search('resin tpe', 5);
    expect(fetched.slice(2).sort()).toEqual([dataPaths.searchShard('r'), dataPaths.searchShard('t')].sort());
  });

  it('forgets a shard that failed to load, and loads it on the next query', async () => {
    const { meta, fetchJson } = filesOf(source);
    let offline = true;
    const engine = createSearchEngine(meta, (url) => (offline ? Promise.reject(new Error('offline')) : fetchJson(url)));
    await expect(engine.search('detail', 5)).rejects.toThrow('offline');
    offline = false;
    expect((await engine.search('detail', 5)).map((h) => h.id)).toEqual(['/articles/alpha#why-tpe-matters']);
  });

  it('shows the article without a snippet when its passages cannot load, and tries them again on the next query', async () => {
    const { meta, fetchJson } = filesOf(source);
    let offline = true;
    const engine = createSearchEngine(meta, (url) => (offline && url.includes('/text/') ? Promise.reject(new Error('gone')) : fetchJson(url)));
    expect(await engine.search('detail', 5)).toEqual([{ id: '/articles/alpha', kind: 'article', label: 'Alpha Article', article: 'alpha', excerpt: '', terms: ['detail'] }]);
    offline = false;
    expect(await engine.search('detail', 5)).toMatchObject([{ id: '/articles/alpha#why-tpe-matters', kind: 'section', context: 'Alpha Article' }]);
  });

  it('keeps the passages of the articles shown last, loading each once while kept', async () => {
    const { meta, fetchJson, fetched } = filesOf(source);
    const engine = createSearchEngine(meta, fetchJson, { articlesKept: 1 });
    const texts = () => fetched.filter((url) => url.includes('/text/'));
    await engine.search('detail', 5);
    await engine.search('silicone', 5);
    expect(texts()).toEqual([dataPaths.searchText('alpha' as ArticleSlug)]);
    await engine.search('end', 5);
    await engine.search('detail', 5);
    expect(texts()).toEqual(['alpha', 'beta', 'alpha'].map((slug) => dataPaths.searchText(slug as ArticleSlug)));
  });
});

describe('search ranking and matching', () => {
  const source: SearchSource = {
    articles: [
      {
        slug: 'finishing' as ArticleSlug,
        title: 'Finishing Small Work',
        summary: 'How surfaces are finished.',
        passages: [
          { section: null, text: 'An opening about brushes.' },
          { section: section('Varnish layers'), text: 'Thin coats build depth. Sanding, sanding again: sanding between coats keeps them level.' },
          { section: section('Sanding and polishing by hand'), text: 'Work through the grits slowly and keep the paper flat.' },
          { section: section('Pigments'), text: 'Earth pigments settle into recesses and read as grime at distance.' },
        ],
      },
    ],
    terms: [{ id: 'micro-sanding' as TermId, term: 'Micro-sanding', aliases: ['fine sanding'], short: 'Sanding with very fine abrasives.', text: 'Sanding with very fine abrasives. Used last.' }],
  };
  const engine = engineFor(source);

  it('shows each article once, opened on its passage that best matches, titles and headings weighing most', async () => {
    // A section's text says "sanding" three times; the heading that has it once, among other words, still wins.
    expect(await ids(engine, 'sanding')).toEqual(['/glossary/micro-sanding', '/articles/finishing#sanding-and-polishing-by-hand']);
    // "Work" opens a section's text too; the article's title has it, so the article opens at its start.
    expect(await ids(engine, 'work')).toEqual(['/articles/finishing']);
  });

  it('ranks whole articles: words in different sections find the article, opened on a section with one of them', async () => {
    expect(await ids(engine, 'coats grits')).toEqual(['/articles/finishing#varnish-layers']);
  });

  it.each([
    ['a word begun', 'pigm', '/articles/finishing#pigments'],
    ['a word misspelt', 'recesess', '/articles/finishing#pigments'],
    ['a longer word with two slips', 'abrasivse', '/glossary/micro-sanding'],
    ['any case and accents', 'GRÎME', '/articles/finishing#pigments'],
    ['a term by its alias', 'fine sanding', '/glossary/micro-sanding'],
  ])('finds %s', async (_name, query, expected) => {
    expect(await ids(engine, query)).toContain(expected);
  });

  it.each([
    ['a short word misspelt is not guessed at', 'grme', []],
    ['only the last word is taken as unfinished', 'pigm earth', ['earth']],
    ['the last word is', 'earth pigm', ['earth', 'pigments']],
  ])('%s', async (_name, query, terms) => {
    const hits = await engine.search(query, 5);
    expect([...new Set(hits.flatMap((h) => h.terms))].sort()).toEqual(terms);
  });

  it('forgives typos only when the exact words do not fill the list', async () => {
    const coats = engineFor({ articles: [{ slug: 'coats' as ArticleSlug, title: 'Varnish', summary: '', passages: [{ section: null, text: 'Two coats, then a third coat.' }] }], terms: [] });
    expect((await coats.search('coats', 1))[0]?.terms).toEqual(['coats']);
    expect((await coats.search('coats', 5))[0]?.terms.sort()).toEqual(['coat', 'coats']);
  });

  it('needs every word to match, falling back to any word when nothing has them all', async () => {
    expect(await ids(engine, 'coats level')).toEqual(['/articles/finishing#varnish-layers']);
    expect(await ids(engine, 'grits zebra')).toEqual(['/articles/finishing#sanding-and-polishing-by-hand']);
  });

  it('returns the indexed words that matched, for highlighting', async () => {
    const [hit] = await engine.search('recesess', 1);
    expect(hit?.terms).toEqual(['recesses']);
    expect(hit).toMatchObject({ kind: 'section', label: 'Pigments', context: 'Finishing Small Work' });
  });

  it('finds nothing for a blank query or stop words alone', async () => {
    expect(await engine.search('   ', 10)).toEqual([]);
    expect(await engine.search('the and of', 10)).toEqual([]);
  });
});

describe('shards and typo tolerance', () => {
  it.each([
    ['silicone', 's'],
    ['1', '0'],
    ['42mm', '0'],
    ['ωmega', '_'],
  ])('the word %s lives in shard %s', (term, key) => {
    expect(shardOf(term)).toBe(key);
  });

  it('a query needs the shards of its words, stop words left out', () => {
    expect(shardsOfQuery('The Resin, and RESIN cure 3D')).toEqual(['r', 'c', '0']);
  });

  it.each([
    ['grit', 0],
    ['grits', 1],
    ['texture', 1],
    ['abrasive', 2],
  ])('%s forgives %i slips', (term, slips) => {
    expect(fuzzyDistance(term)).toBe(slips);
  });
});

describe('processTerm', () => {
  it.each([
    ['Silicone', 'silicone'],
    ['artist’s', 'artist'],
    ["don't", 'dont'],
    ['Café', 'cafe'],
    ['the', null],
  ])('%s → %s', (word, expected) => {
    expect(processTerm(word)).toBe(expected);
  });
});
