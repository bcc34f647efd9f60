import { requestPersistentStorage } from '../../lib/persistent-storage.ts';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { bookmarkKey } from '../../store/reading-data.ts';
import type { BookmarkTarget } from '../../store/store-types.ts';
import { readingStore, useReadingStore } from '../../store/use-reading-store.ts';
import { BookmarkIcon } from './bookmark-icon.tsx';
import './bookmarks.css';

/** The bookmark button beside a section heading; rendered once stored data is in, since it needs both JavaScript and that data. */
export function BookmarkToggle({ target }: { target: BookmarkTarget }) {
  const hydrated = useHydrated();
  const key = bookmarkKey(target.article, target.section);
  const ready = useReadingStore((s) => s.ready);
  const pressed = useReadingStore((s) => s.bookmarks[key]?.removed === false);
  // Before stored data is in, a click could not know whether the section is already bookmarked.
  if (!hydrated || !ready) return null;
  return (
    <button
      type="button"
      className="bookmark-toggle"
      aria-pressed={pressed}
      aria-label={`Bookmark section: ${target.heading}`}
      title={pressed ? 'Remove bookmark' : 'Bookmark this section'}
      onClick={() => {
        readingStore.store.getState().toggleBookmark(target);
        // Bookmarks are worth keeping: ask the browser not to evict this site’s storage (a no-op once granted).
        if (!pressed) void requestPersistentStorage();
      }}
    >
      <BookmarkIcon filled={pressed} />
    </button>
  );
}
