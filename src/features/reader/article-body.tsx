import { memo, useMemo, type ComponentProps, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { HydrateOnApproach } from '../../components/hydrate-on-approach.tsx';
import { MarkdownLink } from '../../components/markdown-link.tsx';
import { TermPreviewsContext } from '../../components/term-previews.ts';
import type { ArticleData, BodyPart, Section } from '../../shared/content-types.ts';
import { remarkTermLinks } from '../../shared/remark-term-links.ts';
import { HeadingContext } from './heading-context.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { SectionHeading2, SectionHeading3 } from './section-heading.tsx';


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

/** One part of the body: the ids the build computed for its headings, then rehype-slug for any others. */
const PartMarkdown = memo(function PartMarkdown({ part, remarkPlugins }: { part: BodyPart; remarkPlugins: PluggableList }) {
  const rehypePlugins = useMemo<PluggableList>(
    () => (part.headingIds.length ? [[rehypeHeadingIds, { ids: part.headingIds }], rehypeSlug] : [rehypeSlug]),
    [part.headingIds],
  );
  return (
    <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
      {part.markdown}
    </Markdown>
  );
});

interface ArticleBodyProps {
  article: ArticleData;
  /** Controls beside each section heading; keep it stable (useCallback), or every part renders again. */
  headingActions?: (section: Section) => ReactNode;
}

/**
 * An article's text: GFM, ids on headings (as rehype-slug gives them), glossary terms linked with
 * previews, no raw HTML. Memoised: reading progress and the active section change as the reader
 * scrolls, and nothing here depends on them.
 */
export const ArticleBody = memo(function ArticleBody({ article, headingActions }: ArticleBodyProps) {
  const remarkPlugins = useMemo<PluggableList>(() => [remarkGfm, [remarkTermLinks, { terms: article.terms }]], [article.terms]);
  const context = useMemo(
    () => ({ sections: new Map(article.sections.map((s) => [s.id as string, s])), actions: headingActions }),
    [article.sections, headingActions],
  );
  const previews = useMemo(() => new Map(article.terms.map((t) => [t.id as string, t])), [article.terms]);
  return (
    <HeadingContext.Provider value={context}>
      <TermPreviewsContext.Provider value={previews}>
        <div className="prose">
          {article.body.map((part, index) => (
            // A part hydrates when it nears the viewport: a long article's first load parses and
            // hydrates only what the reader sees, and each later part is one short task.
            <HydrateOnApproach key={index} className="prose__part">
              <PartMarkdown part={part} remarkPlugins={remarkPlugins} />
            </HydrateOnApproach>
          ))}
        </div>
      </TermPreviewsContext.Provider>
    </HeadingContext.Provider>
  );
});
