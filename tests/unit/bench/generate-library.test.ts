import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_ARTICLE_WORDS } from '../../../scripts/bench/generate/articles.ts';
import { defaultTermCount, generateLibrary, type GeneratedLibrary } from '../../../scripts/bench/generate/library.ts';
import { buildSite, type SiteData } from '../../../src/node/content/build-site.ts';
import type { ArticleSlug, TermId } from '../../../src/shared/ids.ts';

let root: string;
let library: GeneratedLibrary;
let site: SiteData;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'minutiae-generator-'));
  library = await generateLibrary(path.join(root, 'small'), { articles: 12, terms: 20 });
  site = await buildSite(library.dir, library.dir);
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');

describe('generateLibrary', () => {
  it('writes content the build accepts: every link, section, term and topic resolves', () => {
    expect(site.articles.size).toBe(12);
    expect(site.terms.size).toBe(20);
    // Aliases made of new words become redirect pages, as real aliases do.
    expect(site.redirects.size).toBeGreaterThan(0);
  });

  it('writes realistic Markdown: sections, subsections, lists, tables, links and term mentions', async () => {
    const bodies = await Promise.all(library.articles.map((a) => read(library.dir, `articles/${a.slug}.md`)));
    const all = bodies.join('\n');
    expect(all).toMatch(/^## /m);
    expect(all).toMatch(/^### /m);
    expect(all).toMatch(/^- /m);
    expect(all).toMatch(/^1\. /m);
    expect(all).toMatch(/^\| --- \|/m);
    expect(all).toMatch(/\]\(\/articles\/[a-z0-9-]+#[a-z0-9-]+\)/);
    expect(all).toMatch(/\]\(\/glossary\/[a-z0-9-]+\)/);
    const mentioned = [...site.terms.values()].filter((t) => t.mentions.length > 0);
    expect(mentioned.length).toBeGreaterThan(5);
  });

  it('makes article 0 the long read of about ten thousand words, and ordinary articles of one to four thousand', () => {
    const long = site.articles.get(library.longArticle.slug as ArticleSlug);
    expect(long?.words).toBeGreaterThanOrEqual(LONG_ARTICLE_WORDS);
    expect(long?.words).toBeLessThan(LONG_ARTICLE_WORDS * 1.1);
    for (const article of library.articles.slice(1)) {
      const words = site.articles.get(article.slug as ArticleSlug)?.words ?? 0;
      expect(words, article.slug).toBeGreaterThan(800);
      expect(words, article.slug).toBeLessThan(4000);
    }
  });

  it('keeps each short definition within the 40-word limit', () => {
    for (const id of library.terms.map((t) => t.id)) {
      const term = site.terms.get(id as TermId);
      expect(term?.short.split(/\s+/).length, id).toBeLessThanOrEqual(40);
    }
  });

  it('is deterministic, and an article or term reads the same in a larger library', async () => {
    const again = await generateLibrary(path.join(root, 'again'), { articles: 12, terms: 20 });
    // With the default glossary sizes, article 1 may mention the same 50 terms in both libraries.
    const smaller = await generateLibrary(path.join(root, 'smaller'), { articles: 12 });
    const larger = await generateLibrary(path.join(root, 'larger'), { articles: 30 });
    const files = (dir: string) => readdir(dir, { recursive: true });
    expect((await files(again.dir)).sort()).toEqual((await files(library.dir)).sort());
    for (const file of [`articles/${library.referenceArticle.slug}.md`, `articles/${library.longArticle.slug}.md`, `glossary/${library.referenceTerm.id}.md`]) {
      expect(await read(again.dir, file), file).toBe(await read(library.dir, file));
    }
    for (const file of [`articles/${smaller.referenceArticle.slug}.md`, `glossary/${smaller.referenceTerm.id}.md`]) {
      expect(await read(larger.dir, file), file).toBe(await read(smaller.dir, file));
    }
    expect(larger.terms).toHaveLength(defaultTermCount(30));
  });
});
