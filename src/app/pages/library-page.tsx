import { lazy } from 'react';
import { useLoaderData } from 'react-router';
import { AfterHydration } from '../../components/after-hydration.tsx';
import { ArticleCard } from '../../features/library/article-card.tsx';
import { LibraryPager } from '../../features/library/library-pager.tsx';
import { TopicFilter } from '../../features/library/topic-filter.tsx';
import { useLegacyTopicQuery } from '../../features/library/use-legacy-topic-query.ts';
import { ReadingStatus } from '../../features/progress/reading-status.tsx';
import type { LibraryData } from '../../shared/content-types.ts';

// Shown only from stored progress, after hydration: it need not be in the page's first load.
const ContinueReading = lazy(async () => ({ default: (await import('../../features/progress/continue-reading.tsx')).ContinueReading }));

/** `/`, `/page/<n>`, `/topics/<topic>` and `/topics/<topic>/page/<n>`: one page of the library, newest first. */
export function LibraryPage() {
  const { articles, topics, topic, page, pages, total } = useLoaderData() as LibraryData;
  const active = topics.find((t) => t.id === topic) ?? null;
  useLegacyTopicQuery(topics, !active && page === 1);
  const topicTitles = Object.fromEntries(topics.map((t) => [t.id, t.title]));

  return (
    <div className="page">
      <header className="page-header">
        <h1>{active ? active.title : 'The library'}</h1>
        <p className="lede">
          {active ? active.description : 'Long reads on miniature craft: materials, micro-texture, proportion and scale, and the hand-finishing that makes small work convincing.'}
        </p>
      </header>
      {active || page > 1 ? null : (
        <AfterHydration>
          <ContinueReading articles={articles} />
        </AfterHydration>
      )}
      <TopicFilter topics={topics} active={active} />
      <p className="result-count">
        {total} {total === 1 ? 'article' : 'articles'}
        {pages > 1 ? `, newest first · page ${page} of ${pages}` : ''}
      </p>
      <ul className="article-list">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} topicTitles={topicTitles} status={<ReadingStatus slug={article.slug} />} />
          </li>
        ))}
      </ul>
      <LibraryPager page={page} pages={pages} topic={topic} />
    </div>
  );
}
