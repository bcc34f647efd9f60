import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { TermLink } from './term-link.tsx';
import { useTermPreview } from './term-previews.ts';

/**
 * Markdown links: in-app paths route on the client, links to a glossary term the page knows
 * preview it, external ones open safely in a new tab.
 */
export function MarkdownLink({ href = '', children, node: _node, ...rest }: ComponentProps<'a'> & { node?: unknown }) {
  const preview = useTermPreview(href);
  if (preview) {
    return (
      <TermLink href={href} preview={preview} {...rest}>
        {children}
      </TermLink>
    );
  }
  if (href.startsWith('/')) {
    return (
      <Link to={href} {...rest}>
        {children}
      </Link>
    );
  }
  if (/^(https?:)?\/\//i.test(href)) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" {...rest}>
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
