import { isArticleSlug, isSectionId } from '../shared/ids.ts';
import { defaultPreferences, sanitizePreferences } from './preferences.ts';
import {
  bookmarkKey,
  MAX_ITEMS,
  MAX_NOTE_LENGTH,
  MAX_TITLE_LENGTH,
  TOMBSTONE_TTL,
  type Bookmark,
  type ProgressEntry,
  type ReadingData,
  type ReadingPosition,
} from './reading-data.ts';

/** Valid data and how many stored items or fields had to be dropped or repaired to get it. */
export interface Sanitized {
  data: ReadingData;
  issues: number;
}

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Counts repairs while one item is read. */
class Repairs {
  count = 0;
  /** `value` when `ok`, else the fallback; a present-but-invalid value counts as a repair. */
  pick<T>(ok: boolean, value: unknown, fallback: T): T {
    if (ok) return value as T;
    if (value !== undefined) this.count += 1;
    return fallback;
  }
}

/** A stored time (ms since 1970): any finite number, clamped to [0, now] so a wrong clock cannot win every merge. */
export function clampTime(value: unknown, now: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.round(Math.min(Math.max(value, 0), now));
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readText(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text ? text.slice(0, max) : null;
}

function sanitizePosition(value: unknown): ReadingPosition | null {
  if (!isRecord(value)) return null;
  const { section, fraction } = value;
  if (section !== null && !isSectionId(section)) return null;
  if (!isFiniteNumber(fraction)) return null;
  return { section, fraction: clamp(fraction, 0, 1) };
}

/** One stored progress entry, repaired where a field is invalid; null when it names no article. */
export function sanitizeProgressEntry(value: unknown, now: number): { entry: ProgressEntry; repaired: number } | null {
  if (!isRecord(value) || !isArticleSlug(value.article)) return null;
  const r = new Repairs();
  /** A nullable time: null is a valid value, anything else must be a time. */
  const time = (field: string): number | null => {
    if (value[field] === null) return null;
    const t = clampTime(value[field], now);
    return t ?? r.pick(false, value[field], null);
  };
  const startedAt = time('startedAt');
  const lastReadAt = time('lastReadAt');
  const finishedAt = time('finishedAt');
  const position = sanitizePosition(value.position);
  if (!position && value.position !== null) r.pick(false, value.position, null);
  const percent = r.pick(isFiniteNumber(value.percent), value.percent, 0);
  const furthest = r.pick(isFiniteNumber(value.furthest), value.furthest, 0);
  const updated = clampTime(value.updatedAt, now);
  const updatedAt = updated ?? r.pick(false, value.updatedAt ?? null, Math.max(startedAt ?? 0, lastReadAt ?? 0, finishedAt ?? 0));
  const entry: ProgressEntry =
    startedAt === null
      ? { article: value.article, position: null, percent: 0, furthest: 0, startedAt: null, lastReadAt: null, finishedAt: null, updatedAt }
      : {
          article: value.article,
          position,
          percent: clamp(percent, 0, 100),
          furthest: clamp(Math.max(furthest, percent), 0, 100),
          startedAt,
          lastReadAt,
          finishedAt,
          updatedAt,
        };
  return { entry, repaired: r.count };
}

/** One stored bookmark, repaired where an optional field is invalid; null without an article, section and time. */
export function sanitizeBookmark(value: unknown, now: number): { bookmark: Bookmark; repaired: number } | null {
  if (!isRecord(value) || !isArticleSlug(value.article) || !isSectionId(value.section)) return null;
  const r = new Repairs();
  const created = clampTime(value.createdAt, now);
  const updated = clampTime(value.updatedAt, now);
  if (created === null && updated === null) return null;
  if (created === null) r.pick(false, value.createdAt ?? null, 0);
  if (updated === null) r.pick(false, value.updatedAt ?? null, 0);
  const heading = readText(value.heading, MAX_TITLE_LENGTH);
  const articleTitle = readText(value.articleTitle, MAX_TITLE_LENGTH);
  const note = typeof value.note === 'string' ? value.note.slice(0, MAX_NOTE_LENGTH) : r.pick(false, value.note, '');
  const bookmark: Bookmark = {
    article: value.article,
    articleTitle: articleTitle ?? r.pick(false, value.articleTitle ?? null, value.article),
    section: value.section,
    heading: heading ?? r.pick(false, value.heading ?? null, value.section),
    note,
    createdAt: created ?? (updated as number),
    updatedAt: Math.max(updated ?? 0, created ?? 0),
    removed: r.pick(typeof value.removed === 'boolean', value.removed, false),
  };
  return { bookmark, repaired: r.count };
}

/** Items of a stored collection: a record (as written) or an array (tolerated). */
function itemsOf(value: unknown): { items: unknown[]; malformed: boolean } {
  if (value === undefined) return { items: [], malformed: false };
  if (Array.isArray(value)) return { items: value, malformed: false };
  if (isRecord(value)) return { items: Object.values(value), malformed: false };
  return { items: [], malformed: true };
}

/** Keeps, per key, the item changed last; forgets old tombstones; caps the count. Records come out in key order. */
function collect<T extends { updatedAt: number }>(
  entries: readonly [string, T][],
  isTombstone: (item: T) => boolean,
  now: number,
): { record: Record<string, T>; dropped: number } {
  const byKey = new Map<string, T>();
  let dropped = 0;
  for (const [key, item] of entries) {
    const existing = byKey.get(key);
    if (existing) dropped += 1;
    if (!existing || item.updatedAt > existing.updatedAt) byKey.set(key, item);
  }
  let kept = [...byKey].filter(([, item]) => !(isTombstone(item) && item.updatedAt < now - TOMBSTONE_TTL));
  if (kept.length > MAX_ITEMS) {
    dropped += kept.length - MAX_ITEMS;
    kept = kept.sort(([, a], [, b]) => b.updatedAt - a.updatedAt).slice(0, MAX_ITEMS);
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { record: Object.fromEntries(kept), dropped };
}

/**
 * Stored reading data in the current shape, whatever was read: every valid item is kept,
 * invalid ones are dropped or repaired and counted in `issues`. Never throws.
 */
export function sanitizeReadingData(value: unknown, now: number): Sanitized {
  let issues = 0;
  const root = isRecord(value) ? value : {};
  if (!isRecord(value)) issues += 1;

  const progress = itemsOf(root.progress);
  const progressEntries: [string, ProgressEntry][] = [];
  for (const item of progress.items) {
    const result = sanitizeProgressEntry(item, now);
    if (!result) issues += 1;
    else {
      issues += result.repaired;
      progressEntries.push([result.entry.article, result.entry]);
    }
  }

  const bookmarks = itemsOf(root.bookmarks);
  const bookmarkEntries: [string, Bookmark][] = [];
  for (const item of bookmarks.items) {
    const result = sanitizeBookmark(item, now);
    if (!result) issues += 1;
    else {
      issues += result.repaired;
      bookmarkEntries.push([bookmarkKey(result.bookmark.article, result.bookmark.section), result.bookmark]);
    }
  }

  const keptProgress = collect(progressEntries, (e) => e.startedAt === null, now);
  const keptBookmarks = collect(bookmarkEntries, (b) => b.removed, now);
  const prefs = sanitizePreferences(root.preferences, (t) => clampTime(t, now));
  issues += Number(progress.malformed) + Number(bookmarks.malformed) + keptProgress.dropped + keptBookmarks.dropped + prefs.repaired;

  return { data: { progress: keptProgress.record, bookmarks: keptBookmarks.record, preferences: prefs.preferences }, issues };
}

/** Empty reading data: nothing read, nothing bookmarked, default preferences. */
export function emptyReadingData(): ReadingData {
  return { progress: {}, bookmarks: {}, preferences: defaultPreferences() };
}
