import { TopicTags } from '../../components/topic-tags.tsx';
import { formatDate, formatReadingTime } from '../../lib/format.ts';
import type { ArticleData } from '../../shared/content-types.ts';

/** Title, dates, topics and reading time of an article. */
export function ArticleHeader({ article }: { article: ArticleData }) {
  return (
    <header className="article-header">
      <h1 tabIndex={-1}>{article.title}</h1>
      <p className="lede">{article.summary}</p>
      <div className="article-header__meta">
        <span>
          Published <time dateTime={article.published}>{formatDate(article.published)}</time>
        </span>
        {article.updated ? (
          <span>
            Updated <time dateTime={article.updated}>{formatDate(article.updated)}</time>
          </span>
        ) : null}
        <span>{formatReadingTime(article.readingMinutes)}</span>
      </div>
      <TopicTags topics={article.topics} titles={article.topicTitles} />
    </header>
  );
}
