/**
 * The schema of persisted reading data, and how every shape ever shipped becomes the current one.
 *
 * Shipped versions:
 * - 1: `{ progress: { [slug]: ProgressEntry }, bookmarks: { [slug#section]: Bookmark }, preferences: { updatedAt } }`
 *   (fixture: tests/unit/store/fixtures/v1.json).
 *
 * To change the shape: bump `READING_DATA_VERSION`, add `migrations[old]` turning the old shape
 * into the new one (it receives unvalidated data: check before you touch, never throw), add a
 * fixture of the old shape and a test that it migrates. Adding a preference with a default needs
 * none of this (see preferences.ts).
 */
export const READING_DATA_VERSION = 1;

/** Turns data stored at version `n` into version `n + 1`. */
export type Migration = (state: unknown) => unknown;

/** `migrations[n]` upgrades version n to n + 1. */
export const migrations: Readonly<Record<number, Migration>> = {};

/** The result of migrating: the data (still to be validated) and whether every step was known. */
export interface Migrated {
  state: unknown;
  /** False for a version this build does not know (newer, or never shipped): the data is salvaged as is. */
  known: boolean;
}

/**
 * Runs the chain from `version` up to `target`. Unknown versions and failing steps return the
 * data unchanged with `known: false`, so validation can still keep whatever fits.
 */
export function migrateReadingData(
  state: unknown,
  version: unknown,
  chain: Readonly<Record<number, Migration>> = migrations,
  target: number = READING_DATA_VERSION,
): Migrated {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > target) return { state, known: false };
  let current = state;
  for (let v = version; v < target; v += 1) {
    const step = chain[v];
    if (!step) return { state, known: false };
    try {
      current = step(current);
    } catch {
      return { state, known: false };
    }
  }
  return { state: current, known: true };
}
