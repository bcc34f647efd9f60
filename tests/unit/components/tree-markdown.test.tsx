import { render, screen } from '@testing-library/react';
import type { Root } from 'mdast';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TreeMarkdown } from '../../../src/components/markdown.tsx';

function renderTree(tree: Root) {
  const router = createMemoryRouter([{ path: '/', element: <TreeMarkdown tree={tree} /> }]);
  return render(<RouterProvider router={router} />).container;
}

describe('a tree from the build, rendered by react-markdown', () => {
  it('renders GFM, heading ids and links without parsing Markdown', () => {
    const container = renderTree({
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Casting *resin*' }], data: { hProperties: { id: 'casting' } } },
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'See ' },
            { type: 'link', url: '/glossary/tpe', children: [{ type: 'text', value: 'TPE' }] },
            { type: 'text', value: ' and ' },
            { type: 'delete', children: [{ type: 'text', value: 'not this' }] },
          ],
        },
        {
          type: 'table',
          children: [
            { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'Scale' }] }] },
            { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: '1:12' }] }] },
          ],
        },
      ],
    });
    // Text is text: asterisks in a node's value are not Markdown any more.
    expect(screen.getByRole('heading', { level: 2, name: 'Casting *resin*' })).toHaveAttribute('id', 'casting');
    expect(screen.getByRole('link', { name: 'TPE' })).toHaveAttribute('href', '/glossary/tpe');
    expect(container.querySelector('del')).toHaveTextContent('not this');
    expect(screen.getByRole('columnheader', { name: 'Scale' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '1:12' })).toBeInTheDocument();
  });

  it('never executes HTML or script URLs that reach a tree', () => {
    const container = renderTree({
      type: 'root',
      children: [
        { type: 'html', value: '<img src="x" onerror="alert(1)">' },
        { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'click' }] }] },
      ],
    });
    // Shown as the text it is, never parsed into elements.
    expect(container.querySelector('img, [onerror]')).toBeNull();
    expect(container).toHaveTextContent('<img src="x" onerror="alert(1)">');
    expect(screen.getByText('click').closest('a')?.getAttribute('href') ?? '').not.toContain('javascript');
  });
});
