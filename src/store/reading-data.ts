import type { ArticleSlug, SectionId } from '../shared/ids.ts';
import type { Preferences } from './preferences.ts';

/** localStorage key of the persisted reading data; its value carries a schema `version`. */
export const STORAGE_KEY = 'minutiae:reading-data';

/** Prefix of the keys that keep a copy of stored data that could not be read in full. */
export const BACKUP_KEY_PREFIX = `${STORAGE_KEY}:backup:`;

/** Where a reader is in an article: a section (null for the opening, before the first heading) and how far through it. */
export interface ReadingPosition {
  section: SectionId | null;
  /** 0 at the section's heading, 1 at the next heading (or the end of the text). */
  fraction: number;
}

/** One article's reading progress. An entry with `startedAt: null` is unread (never started, or reset). */
export interface ProgressEntry {
  article: ArticleSlug;
  position: ReadingPosition | null;
  /** Percent of the article's words before `position`, 0–100, when it was recorded. */
  percent: number;
  /** The furthest `percent` reached. */
  furthest: number;
  startedAt: number | null;
  lastReadAt: number | null;
  /** When the end of the last section was first reached. */
  finishedAt: number | null;
  /** Last change, for merging tabs and imports item by item. */
  updatedAt: number;
}

/** A bookmarked section. Removing one keeps a tombstone (`removed`) so other tabs do not bring it back. */
export interface Bookmark {
  article: ArticleSlug;
  /** The article's title when bookmarked, shown even if the article later goes away. */
  articleTitle: string;
  section: SectionId;
  /** The heading's text when bookmarked, shown even if the section later goes away. */
  heading: string;
  /** Plain text written by the reader; never rendered as HTML. */
  note: string;
  createdAt: number;
  updatedAt: number;
  removed: boolean;
}

/** Everything that is persisted: the `partialize`d part of the store. */
export interface ReadingData {
  /** By article slug. */
  progress: Record<string, ProgressEntry>;
  /** By `bookmarkKey(article, section)`. */
  bookmarks: Record<string, Bookmark>;
  preferences: Preferences;
}

/** Longest note kept; the note field enforces it too. */
export const MAX_NOTE_LENGTH = 2000;
/** Longest saved heading or article title kept. */
export const MAX_TITLE_LENGTH = 300;
/** Most bookmarks or progress entries kept; the least recently changed go first. */
export const MAX_ITEMS = 5000;
/** Removed bookmarks and reset progress are forgotten after this long (other tabs have long caught up). */
export const TOMBSTONE_TTL = 60 * 24 * 60 * 60 * 1000;

/** The record key of a bookmark: one per article section. */
export function bookmarkKey(article: ArticleSlug, section: SectionId): string {
  return `${article}#${section}`;
}
