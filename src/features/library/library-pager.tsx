import { Link } from 'react-router';
import type { TopicId } from '../../shared/ids.ts';
import { paths } from '../../shared/paths.ts';
import { pageItems } from './page-items.ts';
import './library-pager.css';

/** Newer/Older links and page numbers under a library list; nothing when it fits on one page. */
export function LibraryPager({ page, pages, topic }: { page: number; pages: number; topic: TopicId | null }) {
  if (pages <= 1) return null;
  const to = (n: number) => paths.library(topic ?? undefined, n);
  return (
    <nav aria-label="Library pages" className="library-pager">
      {page > 1 ? (
        <Link to={to(page - 1)} rel="prev" className="library-pager__step">
          <span aria-hidden="true">←</span>Newer
        </Link>
      ) : (
        <span className="library-pager__step" aria-hidden="true" />
      )}
      <ol className="library-pager__pages">
        {pageItems(page, pages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} className="library-pager__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <Link to={to(item)} aria-label={`Page ${item}`} aria-current={item === page ? 'page' : undefined} className="library-pager__page">
                {item}
              </Link>
            </li>
          ),
        )}
      </ol>
      {page < pages ? (
        <Link to={to(page + 1)} rel="next" className="library-pager__step library-pager__step--older">
          Older<span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className="library-pager__step" aria-hidden="true" />
      )}
    </nav>
  );
}
