import { newer } from './merge.ts';
import { migrateReadingData, READING_DATA_VERSION } from './migrations.ts';
import type { ReadingData } from './reading-data.ts';
import { sanitizeReadingData } from './validate.ts';

/** Marks a file as Minutiae reading data. */
const FILE_APP = 'minutiae';
const FILE_KIND = 'reading-data';

/** The exported file: the same `{ state, version }` envelope as storage, labelled. */
export interface ExportFile {
  app: typeof FILE_APP;
  kind: typeof FILE_KIND;
  version: number;
  exportedAt: string;
  state: ReadingData;
}

/** All live reading data as an export file (removed bookmarks and reset progress are left out). */
export function buildExport(data: ReadingData, now: number): ExportFile {
  const live = <T,>(record: Record<string, T>, keep: (item: T) => boolean) => Object.fromEntries(Object.entries(record).filter(([, item]) => keep(item)));
  return {
    app: FILE_APP,
    kind: FILE_KIND,
    version: READING_DATA_VERSION,
    exportedAt: new Date(now).toISOString(),
    state: {
      progress: live(data.progress, (p) => p.startedAt !== null),
      bookmarks: live(data.bookmarks, (b) => !b.removed),
      preferences: data.preferences,
    },
  };
}

/** A file name for an export made at `now`, like `minutiae-reading-data-2026-11-23.json`. */
export function exportFileName(now: number): string {
  return `minutiae-reading-data-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Why a file was refused; nothing is changed when it is. */
export type ImportRefusal = 'not-json' | 'not-reading-data' | 'newer-version';

/** What an import did, item by item. */
export interface ImportReport {
  addedBookmarks: number;
  addedProgress: number;
  /** Items already here but older than the file's. */
  updated: number;
  /** Items already here and as new as the file's (duplicates), or removed here later. */
  skipped: number;
  /** Items in the file that were not valid. */
  invalid: number;
  preferencesUpdated: boolean;
}

export type ImportResult = { ok: true; data: ReadingData; report: ImportReport } | { ok: false; reason: ImportRefusal };

/**
 * Reads an export file and merges it into `current` without duplicates: new items are added,
 * items here already are replaced only by a newer version. A file that is not Minutiae reading
 * data, or comes from a newer version, is refused whole.
 */
export function importReadingData(text: string, current: ReadingData, now: number): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { ok: false, reason: 'not-reading-data' };
  const file = parsed as Partial<Record<keyof ExportFile, unknown>>;
  if (file.app !== FILE_APP || file.kind !== FILE_KIND || typeof file.version !== 'number' || !('state' in file)) {
    return { ok: false, reason: 'not-reading-data' };
  }
  if (file.version > READING_DATA_VERSION) return { ok: false, reason: 'newer-version' };
  const migrated = file.version === READING_DATA_VERSION ? { state: file.state, known: true } : migrateReadingData(file.state, file.version);
  if (!migrated.known) return { ok: false, reason: 'not-reading-data' };
  const { data: incoming, issues } = sanitizeReadingData(migrated.state, now);
  return { ok: true, ...mergeImport(current, incoming, issues) };
}

/** Merges validated imported data into `current`, counting what happened to each item. */
export function mergeImport(current: ReadingData, incoming: ReadingData, invalid = 0): { data: ReadingData; report: ImportReport } {
  const report: ImportReport = { addedBookmarks: 0, addedProgress: 0, updated: 0, skipped: 0, invalid, preferencesUpdated: false };

  const bookmarks = { ...current.bookmarks };
  for (const [key, bookmark] of Object.entries(incoming.bookmarks)) {
    if (bookmark.removed) continue;
    const mine = bookmarks[key];
    if (!mine || (mine.removed && newer(mine, bookmark) === bookmark)) {
      bookmarks[key] = bookmark;
      report.addedBookmarks += 1;
    } else if (!mine.removed && bookmark.updatedAt > mine.updatedAt) {
      bookmarks[key] = bookmark;
      report.updated += 1;
    } else report.skipped += 1;
  }

  const progress = { ...current.progress };
  for (const [slug, entry] of Object.entries(incoming.progress)) {
    if (entry.startedAt === null) continue;
    const mine = progress[slug];
    if (!mine || mine.startedAt === null) {
      if (mine && mine.updatedAt >= entry.updatedAt) {
        report.skipped += 1;
        continue;
      }
      progress[slug] = entry;
      report.addedProgress += 1;
    } else if (entry.updatedAt > mine.updatedAt) {
      progress[slug] = entry;
      report.updated += 1;
    } else report.skipped += 1;
  }

  const preferences = incoming.preferences.updatedAt > current.preferences.updatedAt ? incoming.preferences : current.preferences;
  report.preferencesUpdated = preferences !== current.preferences;
  const sorted = <T,>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { data: { progress: sorted(progress), bookmarks: sorted(bookmarks), preferences }, report };
}

/** The part of a reading store an import needs. */
interface DataStore {
  getState(): ReadingData;
  setState(data: ReadingData): void;
}

/**
 * Merges an export file into a store's data; a refused file changes nothing. Kept out of the
 * store itself so import code loads only with the page that offers it.
 */
export function importIntoStore(store: DataStore, text: string, now: number = Date.now()): ImportResult {
  const { progress, bookmarks, preferences } = store.getState();
  const result = importReadingData(text, { progress, bookmarks, preferences }, now);
  if (result.ok) store.setState(result.data);
  return result;
}
