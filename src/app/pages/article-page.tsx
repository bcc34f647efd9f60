import { useCallback, useRef, useState } from 'react';
import { useLoaderData } from 'react-router';
import { BookmarkToggle } from '../../features/bookmarks/bookmark-toggle.tsx';
import { ReadingProgressBar } from '../../features/progress/reading-progress-bar.tsx';
import { useReadingTracker } from '../../features/progress/use-reading-tracker.ts';
import { ArticleBody } from '../../features/reader/article-body.tsx';
import { ArticleHeader } from '../../features/reader/article-header.tsx';
import { ArticlePager } from '../../features/reader/article-pager.tsx';
import { isHydrating } from '../../lib/hydration.ts';
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
  // Which article's text is all in the page (it can arrive in parts, see ArticleBody): the reader's
  // place is restored, and the contents follow its headings, once it is.
  const [completeSlug, setCompleteSlug] = useState(() => (isHydrating() ? article.slug : null));
  const onComplete = useCallback(() => setCompleteSlug(article.slug), [article.slug]);
  const textComplete = completeSlug === article.slug;
  useReadingTracker(article, text, textComplete);
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
      <ArticleContents article={article} textComplete={textComplete} />
      <div className="reader__body">
        <div ref={text}>
          <ArticleBody key={article.slug} article={article} headingActions={headingActions} onComplete={onComplete} />
        </div>
        <ArticlePager article={article} />
      </div>
    </div>
  );
}
