import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../../../src/features/reader/article-body.tsx';
import { buildSite } from '../../../src/node/content/build-site.ts';
import { parseMarkdownFile } from '../../../src/node/content/markdown-file.ts';
import type { ArticleData } from '../../../src/shared/content-types.ts';
import { remarkTermLinks } from '../../../src/shared/remark-term-links.ts';

const libraries = {
  'the glossary fixture': path.resolve(__dirname, '../../fixtures/glossary'),
  'the real content': path.resolve(__dirname, '../../../content'),
};

/** The reader's term links, in order: the words, the term, and the section they sit in. */
function renderedLinks(article: ArticleData): [string, string, string | null][] {
  const router = createMemoryRouter([{ path: '/', element: <ArticleBody article={article} /> }]);
  const { container, unmount } = render(<RouterProvider router={router} />);
  const sections = new Set<string>(article.sections.map((s) => s.id));
  const links: [string, string, string | null][] = [];
  let section: string | null = null;
  for (const element of container.querySelectorAll('h2[id], h3[id], a[data-term]')) {
    if (element.localName !== 'a') {
      if (sections.has(element.id)) section = element.id;
      continue;
    }
    links.push([element.textContent ?? '', element.getAttribute('data-term') ?? '', section]);
  }
  unmount();
  return links;
}

describe.each(Object.entries(libraries))('build and reader agree, in %s', async (_name, dir) => {
  const site = await buildSite(dir, dir);
  const allTerms = [...site.terms.values()].map((t) => ({ id: t.id, term: t.term, aliases: t.aliases }));
  const articles = [...site.articles.values()];

  it.each(articles.map((a) => [a.slug, a] as const))('%s: the reader links exactly what the build linked with the whole glossary', async (slug, article) => {
    const file = (await findArticle(dir, slug)) ?? '';
    const { tree } = parseMarkdownFile(await readFile(file, 'utf8'), file);
    const built = unified().use(remarkTermLinks, { terms: allTerms }).runSync(tree) as Root;
    const expected: [string, string][] = [];
    visit(built, 'link', (node: Link) => {
      const term = node.data?.hProperties?.dataTerm;
      if (typeof term === 'string') expected.push([toString(node), term]);
    });

    expect(renderedLinks(article).map(([words, term]) => [words, term])).toEqual(expected);
  });

  it.each(articles.map((a) => [a.slug, a] as const))('%s: “Mentioned in” lists exactly the sections where the reader shows a term link', (slug, article) => {
    const fromReader = new Set(renderedLinks(article).map(([, term, section]) => `${term} ${section ?? ''}`));
    const fromBuild = new Set(
      [...site.terms.values()].flatMap((t) => t.mentions.filter((m) => m.article === slug).map((m) => `${t.id} ${m.section ?? ''}`)),
    );
    expect(fromBuild.size).toBeGreaterThan(0);
    expect([...fromReader].sort()).toEqual([...fromBuild].sort());
  });
});

async function findArticle(dir: string, slug: string): Promise<string | undefined> {
  const entries = await readdir(path.join(dir, 'articles'), { recursive: true, withFileTypes: true });
  const found = entries.find((e) => e.isFile() && e.name === `${slug}.md`);
  return found ? path.join(found.parentPath, found.name) : undefined;
}
