import { useLoaderData } from 'react-router';
import { ArticleBody } from '../../features/reader/article-body.tsx';
import { ArticleHeader } from '../../features/reader/article-header.tsx';
import { ArticlePager } from '../../features/reader/article-pager.tsx';
import { TableOfContents } from '../../features/reader/table-of-contents.tsx';
import { useActiveSection } from '../../features/reader/use-active-section.ts';
import type { ArticleData } from '../../shared/content-types.ts';
import { useMemo } from 'react';

/** `/articles/:slug`: the reader. */
export function ArticlePage() {
  const article = useLoaderData() as ArticleData;
  const ids = useMemo(() => article.sections.map((s) => s.id), [article.sections]);
  const active = useActiveSection(ids);
  return (
    <div className="reader">
      <ArticleHeader article={article} />
      <aside className="reader__toc">
        <TableOfContents sections={article.sections} active={active} />
      </aside>
      <div className="reader__body">
        <ArticleBody article={article} />
        <ArticlePager article={article} />
      </div>
    </div>
  );
}
