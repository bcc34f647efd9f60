import { useCallback, useRef } from 'react';
import { useLoaderData } from 'react-router';
import { BookmarkToggle } from '../../features/bookmarks/bookmark-toggle.tsx';
import { ReadingProgressBar } from '../../features/progress/reading-progress-bar.tsx';
import { useReadingTracker } from '../../features/progress/use-reading-tracker.ts';
import { ArticleBody } from '../../features/reader/article-body.tsx';
import { ArticleHeader } from '../../features/reader/article-header.tsx';
import { ArticlePager } from '../../features/reader/article-pager.tsx';
import type { ArticleData, Section } from '../../shared/content-types.ts';
import { ArticleContents } from './article-contents.tsx';
import './article-page.css';

/**
 * `/articles/:slug`: the reader, with reading progress and section bookmarks. The page itself
 * holds no state that changes while scrolling: the progress bar, the contents and the summary
 * subscribe to it themselves, and the memoised ArticleBody never renders again for it.
 */
export function ArticlePage() {
  const article = useLoaderData() as ArticleData;
  const text = useRef<HTMLDivElement>(null);
  useReadingTracker(article, text);
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
      <ArticleContents article={article} />
      <div className="reader__body">
        <div ref={text}>
          <ArticleBody article={article} headingActions={headingActions} />
        </div>
        <ArticlePager article={article} />
      </div>
    </div>
  );
}
