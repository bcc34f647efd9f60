import type { ArticleSlug } from '../../shared/ids.ts';
import type { ProgressEntry, ReadingPosition } from '../reading-data.ts';
import type { ProgressSlice, SliceCreator } from '../store-types.ts';

/** Smallest change of position worth a write, as a fraction of a section. */
const MIN_STEP = 0.0005;

/**
 * The entry after reading at `position`: started if it was not, furthest and finished kept.
 * Returns `entry` itself when nothing worth recording changed.
 */
export function advanceProgress(
  entry: ProgressEntry | undefined,
  article: ArticleSlug,
  position: ReadingPosition,
  percent: number,
  finished: boolean,
  now: number,
): ProgressEntry | undefined {
  const started = entry?.startedAt != null;
  if (!started && percent <= 0 && !finished) return entry;
  const same =
    started &&
    entry.position?.section === position.section &&
    Math.abs(entry.position.fraction - position.fraction) < MIN_STEP &&
    (entry.finishedAt !== null || !finished);
  if (same) return entry;
  return {
    article,
    position,
    percent,
    furthest: Math.max(started ? entry.furthest : 0, percent),
    startedAt: started ? entry.startedAt : now,
    lastReadAt: now,
    finishedAt: (started ? entry.finishedAt : null) ?? (finished ? now : null),
    updatedAt: now,
  };
}

/** An entry marked unread: it stays as a record (so other tabs learn of the reset) until it ages out. */
export function unreadEntry(article: ArticleSlug, now: number): ProgressEntry {
  return { article, position: null, percent: 0, furthest: 0, startedAt: null, lastReadAt: null, finishedAt: null, updatedAt: now };
}

/** The progress slice. */
export const createProgressSlice =
  (now: () => number): SliceCreator<ProgressSlice> =>
  (set) => ({
    progress: {},
    recordPosition: (article, position, percent, finished) =>
      set((state) => {
        const entry = state.progress[article];
        const next = advanceProgress(entry, article, position, percent, finished, now());
        return next === entry || !next ? state : { progress: { ...state.progress, [article]: next } };
      }),
    resetProgress: (article) =>
      set((state) => (state.progress[article]?.startedAt != null ? { progress: { ...state.progress, [article]: unreadEntry(article, now()) } } : state)),
  });
