import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { paths } from '../../shared/paths.ts';
import { bookmarkKey, type Bookmark } from '../../store/reading-data.ts';
import { readingStore, useReadingStore } from '../../store/use-reading-store.ts';
import { BookmarkIcon } from './bookmark-icon.tsx';
import { BookmarkItem } from './bookmark-item.tsx';
import { groupBookmarks, resolveBookmark } from './resolve-bookmark.ts';
import { useCurrentArticles } from './use-current-articles.ts';
import './bookmarks.css';

/** A DOM id for a bookmark's heading, so focus can return to it. */
const domId = (b: Pick<Bookmark, 'article' | 'section'>) => `bookmark-${b.article}--${b.section}`;

/** Every bookmark, newest first, grouped by article; remove with undo. Rendered once stored data is in. */
export function BookmarkList() {
  const hydrated = useHydrated();
  const ready = useReadingStore((s) => s.ready);
  const bookmarks = useReadingStore((s) => s.bookmarks);
  const groups = useMemo(() => groupBookmarks(bookmarks), [bookmarks]);
  const current = useCurrentArticles(useMemo(() => groups.map((g) => g.article), [groups]));
  const [removed, setRemoved] = useState<Bookmark | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  if (!hydrated || !ready) return null;

  const remove = (bookmark: Bookmark) => {
    readingStore.store.getState().removeBookmark(bookmarkKey(bookmark.article, bookmark.section));
    setRemoved(bookmark);
    // The removed item's buttons are gone: Undo is the natural next stop.
    requestAnimationFrame(() => undoButton.current?.focus());
  };
  const undo = () => {
    if (!removed) return;
    readingStore.store.getState().restoreBookmark(bookmarkKey(removed.article, removed.section));
    setRemoved(null);
    // Back to the bookmark that came back, once it is on the page again.
    const id = domId(removed);
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };

  const dismiss = () => {
    setRemoved(null);
    document.getElementById('main')?.focus();
  };

  return (
    <>
      {groups.length === 0 ? (
        <div className="bookmarks-empty">
          <p className="bookmarks-empty__title">No bookmarks yet.</p>
          <p>
            To keep a section to come back to, select the bookmark button{' '}
            <span className="bookmarks-empty__icon">
              <BookmarkIcon filled={false} />
            </span>{' '}
            beside its heading in any article. Your bookmarks appear here, newest first.
          </p>
          <p>
            <Link to={paths.library()}>Browse the library</Link>
          </p>
        </div>
      ) : (
        groups.map((group) => {
          const article = current.get(group.article);
          return (
            <section key={group.article} className="bookmark-group" aria-labelledby={`bookmark-group-${group.article}`}>
              <h2 id={`bookmark-group-${group.article}`} className="bookmark-group__title">
                {article === null ? group.title : <Link to={paths.article(group.article)}>{article?.title ?? group.title}</Link>}
              </h2>
              <ul className="bookmark-group__list">
                {group.bookmarks.map((bookmark) => (
                  <BookmarkItem
                    key={bookmark.section}
                    bookmark={bookmark}
                    bookmarkId={domId(bookmark)}
                    resolution={resolveBookmark(bookmark, article)}
                    onRemove={remove}
                  />
                ))}
              </ul>
            </section>
          );
        })
      )}
      <div className="bookmark-undo" role="status" data-open={removed ? true : undefined}>
        {removed ? (
          <>
            <span>Removed “{removed.heading}”.</span>
            <button type="button" className="bookmark-undo__button" ref={undoButton} onClick={undo}>
              Undo
            </button>
            <button type="button" className="bookmark-undo__close" aria-label="Dismiss" onClick={dismiss}>
              ×
            </button>
          </>
        ) : null}
      </div>
    </>
  );
}
