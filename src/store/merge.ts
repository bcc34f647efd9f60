import type { ReadingData } from './reading-data.ts';

interface Timestamped {
  updatedAt: number;
}

/** The item changed last; on a tie, the same one in every tab (so tabs converge), preferring `local` when equal. */
export function newer<T extends Timestamped>(local: T, incoming: T): T {
  if (incoming.updatedAt !== local.updatedAt) return incoming.updatedAt > local.updatedAt ? incoming : local;
  const a = JSON.stringify(local);
  const b = JSON.stringify(incoming);
  return b > a ? incoming : local;
}

/** Merges two records item by item by `updatedAt`; returns `local` itself when `incoming` adds nothing. */
export function mergeRecords<T extends Timestamped>(local: Record<string, T>, incoming: Record<string, T>): Record<string, T> {
  let changed = false;
  const merged: Record<string, T> = { ...local };
  for (const [key, item] of Object.entries(incoming)) {
    const mine = local[key];
    const winner = mine ? newer(mine, item) : item;
    if (winner !== mine) {
      merged[key] = winner;
      changed = true;
    }
  }
  if (!changed) return local;
  return Object.fromEntries(Object.keys(merged).sort().map((key) => [key, merged[key] as T]));
}

/**
 * Reading data from another tab (or storage) merged into this tab's, item by item by
 * `updatedAt`, so neither side's bookmarks or progress are lost. Unchanged parts keep their
 * identity, and `local` itself comes back when nothing changed.
 */
export function mergeReadingData(local: ReadingData, incoming: ReadingData): ReadingData {
  const progress = mergeRecords(local.progress, incoming.progress);
  const bookmarks = mergeRecords(local.bookmarks, incoming.bookmarks);
  const preferences = newer(local.preferences, incoming.preferences);
  if (progress === local.progress && bookmarks === local.bookmarks && preferences === local.preferences) return local;
  return { progress, bookmarks, preferences };
}
