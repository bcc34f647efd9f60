import { render } from '@testing-library/react';
import Markdown from 'react-markdown';
import { createMemoryRouter, RouterProvider } from 'react-router';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../../../src/features/reader/article-body.tsx';
import { analyzeBody } from '../../../src/node/content/analyze-body.ts';
import { parseMarkdownFile } from '../../../src/node/content/markdown-file.ts';
import { splitBody } from '../../../src/node/content/split-body.ts';
import type { ArticleData } from '../../../src/shared/content-types.ts';

const article = (source: string) => {
  const file = parseMarkdownFile(`---\ntitle: t\n---\n\n${source}`, 'split.md');
  return { file, parts: splitBody(file.tree, file.body, file.bodyOffset), sections: analyzeBody(file.tree, 'split.md', 'article').sections };
};

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
  const { file } = article(source);
  const { container, unmount } = render(
    <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSlug]}>
      {file.body}
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
  it('is cut before each ## and ### heading and renders the headings, ids and text of the whole body', () => {
    const split = renderParts(sectioned);
    const whole = renderWhole(sectioned);
    expect(split.parts.map((p) => p.markdown.split('\n')[0])).toEqual(['An opening paragraph.', '## Notes', '### Notes', '## Tables', '## Notes', 'Setext section', '## Notes']);
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

  it('links a term at its first mention in each section, as when the body is rendered whole', () => {
    const source = 'Opening on TPE.\n\n## One\n\nTPE here, TPE again.\n\n### Deeper\n\nTPE once more.\n\n## Two\n\nNo term.';
    const { parts, sections } = article(source);
    const terms = [{ id: 'tpe', term: 'TPE', aliases: [], short: 'A polymer.' }];
    const data = { slug: 'split', title: 't', sections, body: parts, terms } as unknown as ArticleData;
    const router = createMemoryRouter([{ path: '/', element: <ArticleBody article={data} /> }]);
    const { container, unmount } = render(<RouterProvider router={router} />);
    expect(parts).toHaveLength(4);
    // Links per paragraph: the opening's, the first of two mentions in "One", the one in "Deeper".
    expect([...container.querySelectorAll('.prose p')].map((p) => p.querySelectorAll('a[data-term]').length)).toEqual([1, 1, 1, 0]);
    unmount();
  });

  it('has no empty opening part when the body starts with a section', () => {
    expect(article('## First\n\nText.\n\n## Second\n\nMore.').parts.map((p) => p.headingIds)).toEqual([['first'], ['second']]);
  });
});
