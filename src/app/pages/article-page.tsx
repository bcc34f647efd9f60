import { useCallback, useMemo, useRef } from 'react';
import { useLoaderData } from 'react-router';
import { BookmarkToggle } from '../../features/bookmarks/bookmark-toggle.tsx';
import { ProgressSummary } from '../../features/progress/progress-summary.tsx';
import { ReadingProgressBar } from '../../features/progress/reading-progress-bar.tsx';
import { useReadSections } from '../../features/progress/use-progress.ts';
import { useReadingTracker } from '../../features/progress/use-reading-tracker.ts';
import { ArticleBody } from '../../features/reader/article-body.tsx';
import { ArticleHeader } from '../../features/reader/article-header.tsx';
import { ArticlePager } from '../../features/reader/article-pager.tsx';
import { TableOfContents } from '../../features/reader/table-of-contents.tsx';
import { useActiveSection } from '../../features/reader/use-active-section.ts';
import type { ArticleData, Section } from '../../shared/content-types.ts';
import './article-page.css';

/** `/articles/:slug`: the reader, with reading progress and section bookmarks. */
export function ArticlePage() {
  const article = useLoaderData() as ArticleData;
  const ids = useMemo(() => article.sections.map((s) => s.id), [article.sections]);
  const active = useActiveSection(ids);
  const text = useRef<HTMLDivElement>(null);
  useReadingTracker(article, text);
  const read = useReadSections(article);
  const headingActions = useCallback(
    (section: Section) => (
      <BookmarkToggle target={{ article: article.slug, articleTitle: article.title, section: section.id, heading: section.title }} />
    ),
    [article.slug, article.title],
  );
  return (
    <div className="reader">
      <ReadingProgressBar slug={article.slug} />
      <ArticleHeader article={article} />
      <aside className="reader__toc">
        <ProgressSummary article={article} />
        <TableOfContents sections={article.sections} active={active} read={read} />
      </aside>
      <div className="reader__body">
        <div ref={text}>
          <ArticleBody article={article} headingActions={headingActions} />
        </div>
        <ArticlePager article={article} />
      </div>
    </div>
  );
}
