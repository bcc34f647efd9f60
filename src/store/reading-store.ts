import { persist } from 'zustand/middleware';
import { onBeforeReload } from '../lib/before-reload.ts';
import { createStore } from 'zustand/vanilla';
import { createDebouncedStorage } from './debounced-storage.ts';
import { loadReadingData, type LoadProblem } from './load.ts';
import { mergeReadingData } from './merge.ts';
import { migrateReadingData, READING_DATA_VERSION } from './migrations.ts';
import { BACKUP_KEY_PREFIX, STORAGE_KEY, type ReadingData } from './reading-data.ts';
import { createBookmarksSlice } from './slices/bookmarks-slice.ts';
import { createPreferencesSlice } from './slices/preferences-slice.ts';
import { createProgressSlice } from './slices/progress-slice.ts';
import type { ReadingState, StorageNotice } from './store-types.ts';
import { sanitizeReadingData } from './validate.ts';

/** How a reading store reaches storage and the clock; tests pass in-memory storage and a fake clock. */
export interface ReadingStoreOptions {
  /** localStorage, or null where there is none; called lazily, never at import. */
  getStorage: () => Storage | null;
  now?: () => number;
  /** Quiet time before a write, in ms. */
  writeDelay?: number;
  /** Longest a change waits while changes keep coming, in ms. */
  maxWriteWait?: number;
  /** Backups kept of stored values that could not be read in full. */
  backupsKept?: number;
}

/** Only the data is persisted: never actions, `ready` or notices. */
const partialize = (state: ReadingState): ReadingData => ({ progress: state.progress, bookmarks: state.bookmarks, preferences: state.preferences });

/**
 * The reading store: progress, bookmarks and preferences slices, persisted under `STORAGE_KEY`.
 * Nothing is read until `start()` (after hydration), so prerendered HTML never depends on it.
 */
export function createReadingStore(options: ReadingStoreOptions) {
  const now = options.now ?? Date.now;
  const problems = new Set<LoadProblem>();
  let unsavedReported = false;

  const notify = (notice: StorageNotice) =>
    store.setState((state) => (state.notices.includes(notice) ? state : { notices: [...state.notices, notice] }));

  /** Valid items of a raw stored value merged into the current data, item by item. */
  const mergeRaw = (raw: string) => {
    const { data } = loadReadingData(raw, now());
    store.setState((state) => {
      const current = partialize(state);
      const merged = mergeReadingData(current, data);
      return merged === current ? state : merged;
    });
  };

  const storage = createDebouncedStorage<ReadingData>({
    getStorage: options.getStorage,
    delay: options.writeDelay ?? 500,
    maxWait: options.maxWriteWait ?? 2000,
    onWriteError: () => {
      if (unsavedReported) return;
      unsavedReported = true;
      notify('unsaved');
    },
    onExternalChange: mergeRaw,
  });

  /** Keeps a copy of a value that could not be read in full; only the newest few copies are kept. */
  const backUp = (raw: string) => {
    const keep = options.backupsKept ?? 3;
    storage.writeRaw(`${BACKUP_KEY_PREFIX}${new Date(now()).toISOString()}`, raw);
    const target = (() => {
      try {
        return options.getStorage();
      } catch {
        return null;
      }
    })();
    if (!target) return;
    try {
      const keys = Array.from({ length: target.length }, (_, i) => target.key(i)).filter((k): k is string => k?.startsWith(BACKUP_KEY_PREFIX) ?? false);
      keys.sort().slice(0, Math.max(0, keys.length - keep)).forEach((k) => target.removeItem(k));
    } catch {
      // Old backups stay when storage cannot be listed.
    }
  };

  const store = createStore<ReadingState>()(
    persist(
      (...a) => ({
        ...createProgressSlice(now)(...a),
        ...createBookmarksSlice(now)(...a),
        ...createPreferencesSlice(now)(...a),
        ready: false,
        notices: [],
        dismissNotice: (notice) => a[0]((state) => ({ notices: state.notices.filter((n) => n !== notice) })),
      }),
      {
        name: STORAGE_KEY,
        version: READING_DATA_VERSION,
        storage,
        partialize,
        skipHydration: true,
        migrate: (state, version) => {
          const migrated = migrateReadingData(state, version);
          if (!migrated.known) problems.add('unknown-version');
          // Still unvalidated: `merge` checks every item.
          return migrated.state as ReadingData;
        },
        merge: (persisted, current) => {
          if (persisted === undefined) return current;
          const { data, issues } = sanitizeReadingData(persisted, now());
          if (issues > 0) problems.add('invalid-items');
          return { ...current, ...mergeReadingData(partialize(current), data) };
        },
        onRehydrateStorage: () => {
          problems.clear();
          return () => {
            const { raw, problem } = storage.lastRead;
            if (problem) problems.add(problem);
            if (raw !== null && problems.size > 0) {
              backUp(raw);
              notify('recovered');
            }
            store.setState({ ready: true });
          };
        },
      },
    ),
  );

  /**
   * Reads stored data into the store and keeps it in step: writes on `pagehide`, when the page
   * is hidden and before an app update reloads it, and merges changes other tabs make. Returns a function that stops all that.
   */
  const start = (): (() => void) => {
    void store.persist.rehydrate();
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY || event.newValue === null) return;
      storage.markSeen(event.newValue);
      mergeRaw(event.newValue);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') storage.flush();
    };
    const onPageHide = () => storage.flush();
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    // An app update reloads the page itself: save first.
    const stopBeforeReload = onBeforeReload(() => storage.flush());
    return () => {
      stopBeforeReload();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
      storage.flush();
    };
  };

  return { store, start, flush: () => storage.flush() };
}

/** A reading store: the vanilla store plus `start` and `flush`. */
export type ReadingStore = ReturnType<typeof createReadingStore>;
