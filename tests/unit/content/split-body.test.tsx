import { render } from '@testing-library/react';
import { toString } from 'mdast-util-to-string';
import Markdown from 'react-markdown';
import { createMemoryRouter, RouterProvider } from 'react-router';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../../../src/features/reader/article-body.tsx';
import { analyzeBody } from '../../../src/node/content/analyze-body.ts';
import { parseMarkdownFile } from '../../../src/node/content/markdown-file.ts';
import { splitBody } from '../../../src/node/content/split-body.ts';
import type { TermId } from '../../../src/shared/ids.ts';
import { remarkTermLinks } from '../../../src/shared/remark-term-links.ts';
import type { MatchableTerm } from '../../../src/shared/term-matcher.ts';
import type { ArticleData, BodyPart } from '../../../src/shared/content-types.ts';

/** An article's parts as the build makes them: parsed, analysed, terms linked over the whole body, then cut. */
const article = (source: string, terms: MatchableTerm[] = []) => {
  const file = parseMarkdownFile(`---\ntitle: t\n---\n\n${source}`, 'split.md');
  const sections = analyzeBody(file.tree, 'split.md', 'article').sections;
  unified().use(remarkTermLinks, { terms }).runSync(file.tree);
  return { parts: splitBody(file.tree), sections };
};

/** How each part begins: its first heading as written, or its first words. */
const openings = (parts: BodyPart[]) =>
  parts.map(({ tree }) => {
    const first = tree.children[0];
    return first?.type === 'heading' ? `${'#'.repeat(first.depth)} ${toString(first)}` : toString(first);
  });

/** Headings (id and text) and the words of the body, as the reader renders the parts. */
function renderParts(source: string) {
  const { parts, sections } = article(source);
  const data = { slug: 'split', title: 't', sections, body: parts, terms: [] } as unknown as ArticleData;
  const router = createMemoryRouter([{ path: '/', element: <ArticleBody article={data} /> }]);
  const { container, unmount } = render(<RouterProvider router={router} />);
  const headings = [...container.querySelectorAll('h2, h3, h4')].map((h) => [h.id, h.textContent]);
  const paragraphs = [...container.querySelectorAll('p, li, td')].map((e) => e.textContent);
  unmount();
  return { parts, headings, paragraphs };
}

/** The same, with the body rendered whole by react-markdown and rehype-slug. */
function renderWhole(source: string) {
  const { container, unmount } = render(
    <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSlug]}>
      {source}
    </Markdown>,
  );
  const headings = [...container.querySelectorAll('h2, h3, h4')].map((h) => [h.id, h.textContent]);
  const paragraphs = [...container.querySelectorAll('p, li, td')].map((e) => e.textContent);
  unmount();
  return { headings, paragraphs };
}

const sectioned = [
  'An opening paragraph.',
  '## Notes',
  'First notes.',
  '### Notes',
  '- a list\n- of two',
  '#### Notes',
  '> A quote with a heading inside:\n>\n> ### Notes',
  '## Tables',
  '| Scale | Ratio |\n| --- | --- |\n| 1:12 | small |',
  '## Notes',
  'Notes again: this one is `notes-2` only if every part counts the ones before it.',
  'Setext section\n--------------',
  'Under a setext heading.',
  '## Notes',
  '```md\n## Not a heading, in a code block\n```',
].join('\n\n');

describe('an article body in parts', () => {
  it('counts the words of each part, heading included, list items apart, as the sections count them', () => {
    const { parts, sections } = article('Three opening words.\n\n## Two words\n\nAnd four more here.\n\n### One\n\n- a\n- b');
    expect(parts.map((part) => part.words)).toEqual([3, 6, 3]);
    expect(sections.map((section) => section.words)).toEqual([4, 2]);
  });

  it('is cut before each ## and ### heading and renders the headings, ids and text of the whole body', () => {
    const split = renderParts(sectioned);
    const whole = renderWhole(sectioned);
    expect(openings(split.parts)).toEqual(['An opening paragraph.', '## Notes', '### Notes', '## Tables', '## Notes', '## Setext section', '## Notes']);
    expect(split.headings).toEqual(whole.headings);
    expect(split.paragraphs).toEqual(whole.paragraphs);
    // Duplicates across parts are numbered as in one document.
    expect(split.headings.map(([id]) => id)).toEqual(['notes', 'notes-1', 'notes-2', 'notes-3', 'tables', 'notes-4', 'setext-section', 'notes-5']);
  });

  it.each([
    ['a link definition', 'Opening with [a link][ref].\n\n## One\n\nText.\n\n## Two\n\n[ref]: /glossary/tpe'],
    ['a footnote', 'Opening with a note.[^1]\n\n## One\n\nText.\n\n## One\n\n[^1]: The note.'],
  ])('stays whole when it uses %s, which reaches across sections', (_name, source) => {
    const split = renderParts(source);
    expect(split.parts).toHaveLength(1);
    expect(split.headings).toEqual(renderWhole(source).headings);
    expect(split.paragraphs).toEqual(renderWhole(source).paragraphs);
  });

  it('keeps the term links made over the whole body: the first mention in each section', () => {
    const source = 'Opening on TPE.\n\n## One\n\nTPE here, TPE again.\n\n### Deeper\n\nTPE once more.\n\n## Two\n\nNo term.';
    const terms = [{ id: 'tpe' as TermId, term: 'TPE', aliases: [], short: 'A polymer.' }];
    const { parts, sections } = article(source, terms);
    const data = { slug: 'split', title: 't', sections, body: parts, terms } as unknown as ArticleData;
    const router = createMemoryRouter([{ path: '/', element: <ArticleBody article={data} /> }]);
    const { container, unmount } = render(<RouterProvider router={router} />);
    expect(parts).toHaveLength(4);
    // Links per paragraph: the opening's, the first of two mentions in "One", the one in "Deeper".
    expect([...container.querySelectorAll('.prose p')].map((p) => p.querySelectorAll('a[data-term]').length)).toEqual([1, 1, 1, 0]);
    unmount();
  });

  it('has no empty opening part when the body starts with a section', () => {
    expect(openings(article('## First\n\nText.\n\n## Second\n\nMore.').parts)).toEqual(['## First', '## Second']);
  });

  it('ships trees without source positions, and rendering them leaves them as they were', () => {
    const { parts, sections } = article(sectioned);
    expect(JSON.stringify(parts)).not.toContain('"position"');
    const before = structuredClone(parts);
    const data = { slug: 'split', title: 't', sections, body: parts, terms: [] } as unknown as ArticleData;
    for (let i = 0; i < 2; i += 1) {
      const router = createMemoryRouter([{ path: '/', element: <ArticleBody article={data} /> }]);
      render(<RouterProvider router={router} />).unmount();
    }
    expect(parts).toEqual(before);
  });
});
