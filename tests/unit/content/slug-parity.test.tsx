import { render } from '@testing-library/react';
import Markdown from 'react-markdown';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { analyzeBody } from '../../../src/node/content/analyze-body.ts';
import { parseMarkdownFile } from '../../../src/node/content/markdown-file.ts';

const tricky = [
  '## Scale ratios: 1:6, 1:8 and 1:12',
  '## Why "proportion" matters — and why it doesn’t',
  '## Notes',
  '### Notes',
  '## Notes',
  '#### Notes',
  '## Café crème & façade: accents',
  '## Émaux, Ægir and Øre',
  '## `inline code` and *emphasis* in a heading',
  '## A [linked](/glossary/tpe) heading',
  '## 100% hand-finished!',
  '## Trailing punctuation...',
  '## Über-thin   spaces\tand tabs',
  '## 🎨 Colour at small scale',
  '## ???',
  '## notes-1',
];

describe('section ids', () => {
  it('are exactly the ids rehype-slug gives the rendered headings, in tricky cases', () => {
    const body = `${tricky.join('\n\nSome text.\n\n')}\n`;
    const { tree } = parseMarkdownFile(`---\ntitle: t\n---\n\n${body}`, 'parity.md');
    const built = [...analyzeBody(tree, 'parity.md', 'article').anchors];

    const { container } = render(
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSlug]}>
        {body}
      </Markdown>,
    );
    const rendered = [...container.querySelectorAll('h2, h3, h4')].map((h) => h.id);

    expect(built).toEqual(rendered);
    // Spot-check the cases that usually diverge.
    expect(rendered).toContain('scale-ratios-16-18-and-112');
    expect(rendered).toContain('café-crème--façade-accents');
    expect(rendered.filter((id) => id.startsWith('notes'))).toEqual(['notes', 'notes-1', 'notes-2', 'notes-3', 'notes-1-1']);
  });
});
