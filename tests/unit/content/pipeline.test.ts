import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildSite, siteFiles } from '../../../src/node/content/build-site.ts';
import { ContentError } from '../../../src/node/content/problems.ts';

const fixtures = path.resolve(__dirname, '../../fixtures/content');

/** Builds a fixture library and returns its problems as `path:line: message` lines. */
async function problemsOf(name: string): Promise<string[]> {
  const dir = path.join(fixtures, 'invalid', name);
  try {
    await buildSite(dir, dir);
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1).map((l) => l.trim());
    throw error;
  }
  throw new Error(`fixture ${name} built without problems`);
}

describe('content validation', () => {
  it.each([
    ['missing-field', 'articles/beta.md:2: front-matter "summary": missing required field'],
    ['mistyped-field', 'articles/beta.md:4: front-matter "topics": expected array, received string'],
    ['mistyped-field', 'articles/beta.md:5: front-matter "published": expected a date as YYYY-MM-DD'],
    ['unknown-topic', 'articles/beta.md:6: unknown topic "sculpture": declare it in topics.yaml'],
    ['duplicate-slug', 'articles/beta.md:1: duplicate article slug "beta": articles/archive/beta.md has it too'],
    ['duplicate-term', 'glossary/silicone.md:3: duplicate term "TPE": term "tpe" already uses it'],
    ['missing-related', 'glossary/silicone.md:7: related term "latex" does not exist'],
    ['missing-article-link', 'articles/beta.md:10: link to missing article "gamma"'],
    ['missing-section-link', 'articles/beta.md:10: link to missing section "no-such-section" of article "alpha"'],
    ['missing-term-link', 'articles/beta.md:10: link to missing glossary term "latex"'],
    ['raw-html', 'articles/beta.md:10: raw HTML is not allowed: <br>'],
    ['raw-html', 'articles/beta.md:10: raw HTML is not allowed: <script>'],
  ])('%s fails naming file, line and problem', async (fixture, expected) => {
    expect(await problemsOf(fixture)).toContain(expected);
  });

  it('lists every problem in every file at once, in file and line order', async () => {
    expect(await problemsOf('several-problems')).toEqual([
      'articles/beta.md:3: front-matter "summary": expected string, received number',
      'articles/beta.md:8: use "##" and "###" for sections: the title comes from front-matter',
      'articles/beta.md:12: raw HTML is not allowed: <div>html</div> and [x](/articles/none).',
      'glossary/silicone.md:4: related term "ghost" does not exist',
    ]);
  });

  it('puts the count of problems in the error heading', async () => {
    const dir = path.join(fixtures, 'invalid', 'raw-html');
    await expect(buildSite(dir, dir)).rejects.toThrow(/^Invalid content: 3 problems\n/);
  });
});

describe('site data from valid content', () => {
  const dir = path.join(fixtures, 'valid');

  it('lists the library newest first with reading time and topics', async () => {
    const site = await buildSite(dir, dir);
    expect(site.library.articles.map((a) => [a.slug, a.topics, a.readingMinutes])).toEqual([
      ['beta', ['materials', 'finish'], 1],
      ['alpha', ['materials'], 1],
    ]);
    expect(site.library.topics.map((t) => t.id)).toEqual(['materials', 'finish']);
  });

  it('gives each article its sections with rehype-slug ids, neighbours and only the terms it mentions', async () => {
    const site = await buildSite(dir, dir);
    const alpha = site.articles.get('alpha' as never);
    expect(alpha?.sections).toEqual([
      { id: 'why-tpe-matters', title: 'Why TPE matters', depth: 2, words: 11 },
      { id: 'cure-times', title: 'Cure times', depth: 3, words: 5 },
      { id: 'links', title: 'Links', depth: 2, words: 7 },
    ]);
    expect(alpha?.previous).toBeNull();
    expect(alpha?.next).toEqual({ slug: 'beta', title: 'Beta Article' });
    expect(toString(alpha?.body[0]?.tree).startsWith('Opening words')).toBe(true);
    expect(alpha?.terms.map((t) => t.id).sort()).toEqual(['platinum-cure-silicone', 'silicone', 'tpe']);
    expect(site.articles.get('beta' as never)?.terms).toEqual([]);
  });

  it('records where each term is mentioned, one entry per section', async () => {
    const site = await buildSite(dir, dir);
    expect(site.terms.get('tpe' as never)?.mentions).toEqual([
      { article: 'alpha', articleTitle: 'Alpha Article', section: null, sectionTitle: 'Opening' },
      { article: 'alpha', articleTitle: 'Alpha Article', section: 'why-tpe-matters', sectionTitle: 'Why TPE matters' },
      { article: 'alpha', articleTitle: 'Alpha Article', section: 'links', sectionTitle: 'Links' },
    ]);
    expect(site.terms.get('platinum-cure-silicone' as never)?.mentions.map((m) => m.section)).toEqual(['why-tpe-matters']);
  });

  it('writes one data file per route, a redirect per alias, and the search index', async () => {
    const files = siteFiles(await buildSite(dir, dir));
    const [search, data] = [...files.keys()].sort().reduce<[string[], string[]]>(
      ([inSearch, other], file) => (file.startsWith('/data/search/') ? [[...inSearch, file], other] : [inSearch, [...other, file]]),
      [[], []],
    );
    // The search index, its words by first letter, and one text file per article.
    expect(search).toEqual(expect.arrayContaining(['/data/search/index.json', '/data/search/words-s.json', '/data/search/text/alpha.json', '/data/search/text/beta.json']));
    expect(search.filter((file) => !/^\/data\/search\/(index|words-[a-z0-9_]|text\/(alpha|beta))\.json$/.test(file))).toEqual([]);
    expect(data).toEqual([
      '/data/articles/alpha.json',
      '/data/articles/beta.json',
      '/data/glossary.json',
      '/data/library/page-1.json',
      '/data/library/topics/finish/page-1.json',
      '/data/library/topics/materials/page-1.json',
      '/data/terms/platinum-cure-silicone.json',
      '/data/terms/platinum-silicone.json',
      '/data/terms/silicone.json',
      '/data/terms/thermoplastic-elastomer.json',
      '/data/terms/tpe.json',
    ]);
    expect(JSON.parse(files.get('/data/terms/platinum-silicone.json') ?? '')).toEqual({ redirect: 'platinum-cure-silicone' });
    // The library route's data holds summaries only, never article bodies.
    expect(files.get('/data/library/page-1.json')).not.toContain('Opening words');
    expect(JSON.parse(files.get('/data/library/topics/finish/page-1.json') ?? '')).toMatchObject({ topic: 'finish', page: 1, pages: 1, total: 1 });
  });
});
