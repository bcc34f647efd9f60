import { memo, useMemo, type ComponentProps, type ReactNode } from 'react';
import type { Components } from 'react-markdown';
import { HydrateOnApproach } from '../../components/hydrate-on-approach.tsx';
import { TreeMarkdown } from '../../components/markdown.tsx';
import { MarkdownLink } from '../../components/markdown-link.tsx';
import { TermPreviewsContext } from '../../components/term-previews.ts';
import type { ArticleData, BodyPart, Section } from '../../shared/content-types.ts';
import { HeadingContext } from './heading-context.ts';
import { SectionHeading2, SectionHeading3 } from './section-heading.tsx';
import { useRenderedParts } from './use-rendered-parts.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

const textOf = (node: HastNode): string => node.value ?? (node.children ?? []).map(textOf).join('');
const find = (node: HastNode | undefined, tag: string): HastNode | undefined =>
  node?.children?.find((child) => child.tagName === tag);

/** Names a table region after its column headings, so each table on a page is told apart. */
function tableName(node: HastNode | undefined): string {
  const row = find(find(node, 'thead'), 'tr');
  const headings = (row?.children ?? []).filter((c) => c.tagName === 'th').map(textOf).filter(Boolean);
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}

const ScrollTable = ({ node, ...props }: ComponentProps<'table'> & { node?: unknown }) => (
  <div className="table-scroll" role="region" aria-label={tableName(node as HastNode | undefined)} tabIndex={0}>
    <table {...props} />
  </div>
);

const components: Components = { a: MarkdownLink, h2: SectionHeading2, h3: SectionHeading3, table: ScrollTable };

/** One part of the body, as the build left it: terms linked, headings with their ids. */
const PartMarkdown = memo(function PartMarkdown({ part }: { part: BodyPart }) {
  return <TreeMarkdown tree={part.tree} components={components} />;
});

interface ArticleBodyProps {
  article: ArticleData;
  /** Controls beside each section heading; keep it stable (useCallback), or every part renders again. */
  headingActions?: (section: Section) => ReactNode;
  /** Runs once the whole text is in the page; keep it stable (useCallback). */
  onComplete?: () => void;
}

/**
 * An article's text, as the build parsed and linked it: GFM, ids on headings, glossary terms with
 * previews, no raw HTML. A long text opened by a link in the app arrives a few parts at a time
 * (useRenderedParts): key the body by article, so each article starts from its top. Memoised:
 * reading progress and the active section change as the reader scrolls, and nothing here
 * depends on them.
 */
export const ArticleBody = memo(function ArticleBody({ article, headingActions, onComplete }: ArticleBodyProps) {
  const rendered = useRenderedParts(article.body, onComplete);
  const context = useMemo(
    () => ({ sections: new Map(article.sections.map((s) => [s.id as string, s])), actions: headingActions }),
    [article.sections, headingActions],
  );
  const previews = useMemo(() => new Map(article.terms.map((t) => [t.id as string, t])), [article.terms]);
  return (
    <HeadingContext.Provider value={context}>
      <TermPreviewsContext.Provider value={previews}>
        <div className="prose">
          {article.body.slice(0, rendered).map((part, index) => (
            // A part hydrates when it nears the viewport: a long article's first load renders and
            // hydrates only what the reader sees, and each later part is one short task.
            <HydrateOnApproach key={index} className="prose__part">
              <PartMarkdown part={part} />
            </HydrateOnApproach>
          ))}
        </div>
      </TermPreviewsContext.Provider>
    </HeadingContext.Provider>
  );
});
