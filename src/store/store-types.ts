import type { StateCreator } from 'zustand/vanilla';
import type { ArticleSlug, SectionId } from '../shared/ids.ts';
import type { PreferenceValues, Preferences } from './preferences.ts';
import type { Bookmark, ProgressEntry, ReadingPosition } from './reading-data.ts';

/** Reading progress, by article slug. */
export interface ProgressSlice {
  progress: Record<string, ProgressEntry>;
  /** Records where the reader is; ignored for an unread article still at its very start. */
  recordPosition(article: ArticleSlug, position: ReadingPosition, percent: number, finished: boolean): void;
  /** Marks an article unread again. */
  resetProgress(article: ArticleSlug): void;
}

/** What a bookmark toggle knows about its section. */
export interface BookmarkTarget {
  article: ArticleSlug;
  articleTitle: string;
  section: SectionId;
  heading: string;
}

/** Bookmarked sections, by `bookmarkKey`. */
export interface BookmarksSlice {
  bookmarks: Record<string, Bookmark>;
  toggleBookmark(target: BookmarkTarget): void;
  removeBookmark(key: string): void;
  /** Undoes `removeBookmark`, note and creation time intact. */
  restoreBookmark(key: string): void;
  setBookmarkNote(key: string, note: string): void;
}

/** Reader preferences. */
export interface PreferencesSlice {
  preferences: Preferences;
  setPreferences(values: Partial<PreferenceValues>): void;
}

/** Something the reader is told about their stored data. */
export type StorageNotice = 'recovered' | 'unsaved';

/** Not persisted: whether stored data has been applied, and what the reader should know about it. */
export interface StatusSlice {
  /** True once stored data has been read (after hydration): until then, show nothing that depends on it. */
  ready: boolean;
  notices: StorageNotice[];
  dismissNotice(notice: StorageNotice): void;
}

/** The whole store. */
export type ReadingState = ProgressSlice & BookmarksSlice & PreferencesSlice & StatusSlice;

/** A slice of the store; persist wraps the combined store, not a slice. */
export type SliceCreator<T> = StateCreator<ReadingState, [['zustand/persist', unknown]], [], T>;
