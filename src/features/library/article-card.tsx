import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TopicTags } from '../../components/topic-tags.tsx';
import { formatReadingTime } from '../../lib/format.ts';
import type { ArticleSummary } from '../../shared/content-types.ts';
import { paths } from '../../shared/paths.ts';

/** One article in the library: title, summary, topics, reading time, and a status slot. */
export function ArticleCard({ article, topicTitles, status }: { article: ArticleSummary; topicTitles: Record<string, string>; status?: ReactNode }) {
  return (
    <article className="article-card">
      <h2 className="article-card__title">
        <Link to={paths.article(article.slug)}>{article.title}</Link>
      </h2>
      <p className="article-card__summary">{article.summary}</p>
      <div className="article-card__meta">
        <span>{formatReadingTime(article.readingMinutes)}</span>
        {status}
        <TopicTags topics={article.topics} titles={topicTitles} />
      </div>
    </article>
  );
}
