import { bookmarkKey, MAX_NOTE_LENGTH, type Bookmark } from '../reading-data.ts';
import type { BookmarksSlice, SliceCreator } from '../store-types.ts';

/** The bookmarks slice. Removal leaves a tombstone so a tab that still has the bookmark cannot bring it back. */
export const createBookmarksSlice =
  (now: () => number): SliceCreator<BookmarksSlice> =>
  (set) => {
    const update = (key: string, change: (b: Bookmark) => Partial<Bookmark> | null) =>
      set((state) => {
        const bookmark = state.bookmarks[key];
        const patch = bookmark ? change(bookmark) : null;
        return bookmark && patch ? { bookmarks: { ...state.bookmarks, [key]: { ...bookmark, ...patch, updatedAt: now() } } } : state;
      });
    return {
      bookmarks: {},
      toggleBookmark: (target) =>
        set((state) => {
          const key = bookmarkKey(target.article, target.section);
          const existing = state.bookmarks[key];
          const time = now();
          const next: Bookmark =
            existing && !existing.removed
              ? { ...existing, removed: true, updatedAt: time }
              : { ...target, note: '', createdAt: time, updatedAt: time, removed: false };
          return { bookmarks: { ...state.bookmarks, [key]: next } };
        }),
      removeBookmark: (key) => update(key, (b) => (b.removed ? null : { removed: true })),
      restoreBookmark: (key) => update(key, (b) => (b.removed ? { removed: false } : null)),
      setBookmarkNote: (key, note) =>
        update(key, (b) => {
          const text = note.trim().slice(0, MAX_NOTE_LENGTH);
          return text === b.note ? null : { note: text };
        }),
    };
  };
