import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createReadingStore } from './reading-store.ts';
import type { ReadingState } from './store-types.ts';

/** The browser's localStorage, reached only when first read or written (never at import or while prerendering). */
const browserStorage = (): Storage | null => (typeof window === 'undefined' ? null : window.localStorage);

/** The app's one reading store. */
export const readingStore = createReadingStore({ getStorage: browserStorage });

/** Reads the smallest part of the reading store a component needs (wrap selectors that build objects in `useShallow`). */
export function useReadingStore<T>(selector: (state: ReadingState) => T): T {
  return useStore(readingStore.store, selector);
}

/** Mount once, at the root: applies stored reading data after hydration and keeps it saved and in step with other tabs. */
export function useReadingPersistence(): void {
  useEffect(() => readingStore.start(), []);
}
