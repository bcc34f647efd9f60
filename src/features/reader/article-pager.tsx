import { Link } from 'react-router';
import type { ArticleData } from '../../shared/content-types.ts';
import { paths } from '../../shared/paths.ts';

/** Links to the previous and next articles in publication order. */
export function ArticlePager({ article }: { article: ArticleData }) {
  if (!article.previous && !article.next) return null;
  return (
    <nav className="pager" aria-label="More articles">
      {article.previous ? (
        <Link className="pager__link pager__link--previous" to={paths.article(article.previous.slug)} rel="prev">
          <span className="pager__label">Previous article</span>
          <span className="pager__title">{article.previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {article.next ? (
        <Link className="pager__link pager__link--next" to={paths.article(article.next.slug)} rel="next">
          <span className="pager__label">Next article</span>
          <span className="pager__title">{article.next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
