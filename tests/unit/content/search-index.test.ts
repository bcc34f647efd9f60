import path from 'node:path';
import type { Root } from 'mdast';
import MiniSearch from 'minisearch';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine, type SearchEngine } from '../../../src/features/search/search-engine.ts';
import { analyzeBody } from '../../../src/node/content/analyze-body.ts';
import { buildSite, siteFiles } from '../../../src/node/content/build-site.ts';
import { loadContent } from '../../../src/node/content/load-content.ts';
import { plainText } from '../../../src/node/content/plain-text.ts';
import { buildSearchIndex, excerptOf, searchDocuments, searchSourceOf, type SearchSource } from '../../../src/node/content/search-index.ts';
import type { Section } from '../../../src/shared/content-types.ts';
import type { ArticleSlug, SectionId, TermId } from '../../../src/shared/ids.ts';
import { dataPaths } from '../../../src/shared/paths.ts';
import { EXCERPT_MAX_CHARS, processTerm, searchIndexOptions } from '../../../src/shared/search-options.ts';

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);
const section = (title: string): Section => ({ id: title.toLowerCase().replace(/\s+/g, '-') as SectionId, title, depth: 2, words: 0 });

/** The index as the browser gets it: serialised by the build, revived with the shared options. */
const engineFor = (source: SearchSource): SearchEngine => createSearchEngine(JSON.stringify(buildSearchIndex(source)));
const ids = (engine: SearchEngine, query: string) => engine.search(query, 20).map((hit) => hit.id);

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

  it('makes each article opening, each section and each term a document, linked by URL', () => {
    const documents = searchDocuments(source);
    expect(documents.map((d) => [d.id, d.kind, d.label])).toEqual([
      ['/articles/alpha', 'article', 'Alpha Article'],
      ['/articles/alpha#why-tpe-matters', 'section', 'Why TPE matters'],
      ['/articles/alpha#cure-times', 'section', 'Cure times'],
      ['/articles/alpha#links', 'section', 'Links'],
      ['/articles/beta', 'article', 'Beta Article'],
      ['/articles/beta#the-end', 'section', 'The end'],
      ['/glossary/platinum-cure-silicone', 'term', 'Platinum-cure silicone'],
      ['/glossary/silicone', 'term', 'Silicone'],
      ['/glossary/tpe', 'term', 'TPE'],
    ]);
    const why = documents.find((d) => d.id === '/articles/alpha#why-tpe-matters');
    expect(why).toMatchObject({ heading: 'Why TPE matters', context: 'Alpha Article', text: 'TPE holds detail. Silicone too, and platinum-cure silicone most of all.' });
    expect(why?.title).toBeUndefined();
    expect(documents[0]).toMatchObject({ title: 'Alpha Article', text: 'The first article. Opening words about TPE and resin.' });
  });

  it('uses the section ids the reader gives headings', async () => {
    const site = await buildSite(dir, dir);
    const sectionUrls = searchDocuments(source).filter((d) => d.kind === 'section').map((d) => d.id);
    const readerUrls = [...site.articles.values()].flatMap((a) => a.sections.map((s) => `/articles/${a.slug}#${s.id}`));
    expect(sectionUrls).toEqual(readerUrls);
  });

  it('is emitted as /data/search-index.json, loadable with the shared options', async () => {
    const json = siteFiles(await buildSite(dir, dir)).get(dataPaths.searchIndex());
    expect(json).toBeDefined();
    const index = MiniSearch.loadJSON(json ?? '', searchIndexOptions);
    expect(index.documentCount).toBe(9);
    expect(index.search('detail').map((r) => r.id)).toEqual(['/articles/alpha#why-tpe-matters']);
  });

  it('stores only what results show: no indexed text, a short definition for terms', () => {
    const stored = buildSearchIndex(source).storedFields;
    for (const fields of Object.values(stored)) {
      expect(Object.keys(fields ?? {}).sort()).toEqual(expect.arrayContaining(['excerpt', 'kind', 'label']));
      expect(Object.keys(fields ?? {})).not.toEqual(expect.arrayContaining(['text']));
    }
    const tpe = Object.values(stored).find((f) => f?.label === 'TPE');
    expect(tpe?.excerpt).toBe('A soft, flexible polymer.');
  });

  it('still finds words of a term beyond its short definition', () => {
    expect(ids(engineFor(source), 'heated')).toEqual(['/glossary/tpe']);
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

  it('weighs titles and headings above body text', () => {
    // The body says "sanding" three times; the heading, once among other words, still wins.
    const results = ids(engine, 'sanding');
    expect(results.indexOf('/articles/finishing#sanding-and-polishing-by-hand')).toBeLessThan(results.indexOf('/articles/finishing#varnish-layers'));
    expect(results[0]).toBe('/glossary/micro-sanding');
    // "Work" opens a section's text too; the article whose title has it comes first.
    expect(ids(engine, 'work')[0]).toBe('/articles/finishing');
  });

  it.each([
    ['a word begun', 'pigm', '/articles/finishing#pigments'],
    ['a word misspelt', 'recesess', '/articles/finishing#pigments'],
    ['a longer word with two slips', 'abrasivse', '/glossary/micro-sanding'],
    ['any case and accents', 'GRÎME', '/articles/finishing#pigments'],
    ['a term by its alias', 'fine sanding', '/glossary/micro-sanding'],
  ])('finds %s', (_name, query, expected) => {
    expect(ids(engine, query)).toContain(expected);
  });

  it('needs every word to match, falling back to any word when nothing has them all', () => {
    expect(ids(engine, 'coats level')).toEqual(['/articles/finishing#varnish-layers']);
    expect(ids(engine, 'grits zebra')).toEqual(['/articles/finishing#sanding-and-polishing-by-hand']);
  });

  it('returns the indexed words that matched, for highlighting', () => {
    const [hit] = engine.search('recesess', 1);
    expect(hit?.terms).toEqual(['recesses']);
    expect(hit).toMatchObject({ kind: 'section', label: 'Pigments', context: 'Finishing Small Work' });
  });

  it('finds nothing for a blank query or stop words alone', () => {
    expect(engine.search('   ', 10)).toEqual([]);
    expect(engine.search('the and of', 10)).toEqual([]);
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

describe('excerptOf', () => {
  it('keeps a section of ordinary length whole', () => {
    expect(excerptOf('Short text.')).toBe('Short text.');
  });

  it('cuts a very long section at a word, marking the cut', () => {
    const text = 'word '.repeat(EXCERPT_MAX_CHARS).trim();
    const excerpt = excerptOf(text);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS + 1);
    expect(excerpt.endsWith('word…')).toBe(true);
  });
});
