import { BookmarkList } from '../../features/bookmarks/bookmark-list.tsx';
import { ReadingDataTransfer } from '../../features/bookmarks/reading-data-transfer.tsx';

/** `/bookmarks`: the sections the reader saved, and their reading data to export or import. */
export function BookmarksPage() {
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Bookmarks</h1>
        <p className="lede">Sections you saved to come back to, newest first.</p>
      </header>
      <BookmarkList />
      <ReadingDataTransfer />
    </div>
  );
}
