import { useLoaderData, useSearchParams } from 'react-router';
import { ArticleCard } from '../../features/library/article-card.tsx';
import { TopicFilter } from '../../features/library/topic-filter.tsx';
import { ContinueReading } from '../../features/progress/continue-reading.tsx';
import { ReadingStatus } from '../../features/progress/reading-status.tsx';
import { useHydrated } from '../../lib/use-hydrated.ts';
import type { LibraryData } from '../../shared/content-types.ts';

/** `/`: every article, optionally narrowed to one topic with `?topic=`. */
export function LibraryPage() {
  const { articles, topics } = useLoaderData() as LibraryData;
  const [params] = useSearchParams();
  // The prerendered page is the whole library; the topic in the query applies once hydrated.
  const hydrated = useHydrated();
  const active = (hydrated && topics.find((t) => t.id === params.get('topic'))) || null;
  const shown = active ? articles.filter((a) => a.topics.includes(active.id)) : articles;
  const topicTitles = Object.fromEntries(topics.map((t) => [t.id, t.title]));

  return (
    <div className="page">
      <header className="page-header">
        <h1>{active ? active.title : 'The library'}</h1>
        <p className="lede">
          {active ? active.description : 'Long reads on miniature craft: materials, micro-texture, proportion and scale, and the hand-finishing that makes small work convincing.'}
        </p>
      </header>
      {active ? null : <ContinueReading articles={articles} />}
      <TopicFilter topics={topics} active={active} />
      <p className="result-count" aria-live="polite">
        {shown.length} {shown.length === 1 ? 'article' : 'articles'}
      </p>
      <ul className="article-list">
        {shown.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} topicTitles={topicTitles} status={<ReadingStatus slug={article.slug} />} />
          </li>
        ))}
      </ul>
    </div>
  );
}
