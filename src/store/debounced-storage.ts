import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { decodeEnvelope, type LoadProblem } from './load.ts';

/** How the debounced storage reaches the browser and reports back. */
export interface DebouncedStorageOptions {
  /** localStorage, or null when there is none (prerendering, blocked storage); called lazily, never at import. */
  getStorage: () => Storage | null;
  /** Quiet time before a write. */
  delay: number;
  /** Longest a change waits while changes keep coming (scrolling). */
  maxWait: number;
  /** A write failed (quota, private mode): the state stays in memory. */
  onWriteError: (error: unknown) => void;
  /** Just before a write: another tab changed the stored value since this one last saw it. Merge it in. */
  onExternalChange: (raw: string) => void;
}

/** What `getItem` last read, so a value that could not be read in full can be backed up. */
export interface LastRead {
  raw: string | null;
  problem: LoadProblem | null;
}

/** A zustand `PersistStorage` that writes at most every `delay`–`maxWait` ms and never throws. */
export interface DebouncedStorage<S> extends PersistStorage<S, void> {
  /** Writes the pending value now (on `pagehide`, or when the page is hidden). */
  flush(): void;
  lastRead: LastRead;
  /** Records a value another tab wrote (a `storage` event) as already merged. */
  markSeen(raw: string): void;
  /** Reads the raw stored value, or null. */
  readRaw(name: string): string | null;
  /** Writes `value` under `key` as is; false when it could not be written. */
  writeRaw(key: string, value: string): boolean;
}

/**
 * Storage for persisted state. Reads parse the envelope defensively (invalid JSON reads as
 * nothing, with `lastRead.problem` set); writes are debounced and merge-before-write, so two
 * tabs saving at once both keep their changes.
 */
export function createDebouncedStorage<S>(options: DebouncedStorageOptions): DebouncedStorage<S> {
  let pending: { name: string; value: StorageValue<S> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  /** The stored string this tab last wrote or merged: anything else in storage came from another tab. */
  let lastSeen: string | null = null;

  const storage = (): Storage | null => {
    try {
      return options.getStorage();
    } catch {
      return null;
    }
  };

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const self: DebouncedStorage<S> = {
    lastRead: { raw: null, problem: null },

    readRaw(name) {
      try {
        return storage()?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },

    writeRaw(key, value) {
      const target = storage();
      if (!target) return false;
      try {
        target.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },

    getItem(name) {
      const raw = self.readRaw(name);
      lastSeen = raw;
      if (raw === null) {
        self.lastRead = { raw, problem: null };
        return null;
      }
      const { envelope, problem } = decodeEnvelope(raw);
      self.lastRead = { raw, problem };
      // Not yet valid: persist's `migrate` and `merge` check every item.
      return envelope as StorageValue<S> | null;
    },

    setItem(name, value) {
      const now = Date.now();
      if (!pending) firstPendingAt = now;
      pending = { name, value };
      clearTimer();
      const wait = Math.max(0, Math.min(options.delay, firstPendingAt + options.maxWait - now));
      timer = setTimeout(() => self.flush(), wait);
    },

    removeItem(name) {
      pending = null;
      clearTimer();
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to remove from storage that cannot be reached.
      }
    },

    markSeen(raw) {
      lastSeen = raw;
    },

    flush() {
      clearTimer();
      if (!pending) return;
      const target = storage();
      if (!target) {
        pending = null;
        options.onWriteError(new Error('Storage is not available'));
        return;
      }
      const stored = self.readRaw(pending.name);
      if (stored !== null && stored !== lastSeen) {
        lastSeen = stored;
        // Merging sets state, which calls setItem again with the merged value.
        options.onExternalChange(stored);
        clearTimer();
      }
      const { name, value } = pending;
      pending = null;
      const text = JSON.stringify(value);
      if (text === stored) return;
      try {
        target.setItem(name, text);
        lastSeen = text;
      } catch (error) {
        options.onWriteError(error);
      }
    },
  };
  return self;
}
