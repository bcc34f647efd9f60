import { useSyncExternalStore } from 'react';

/** A tiny observable value for browser-only state (service worker, connectivity) that React reads without tearing. */
export interface ExternalState<T> {
  get(): T;
  set(next: Partial<T>): void;
  subscribe(listener: () => void): () => void;
  /** Reads the value in a component; `serverValue` is what prerendering and hydration see. */
  use(): T;
}

/** Creates an {@link ExternalState}; `initial` is also what the server renders. */
export function createExternalState<T extends object>(initial: T): ExternalState<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const state: ExternalState<T> = {
    get: () => value,
    set(next) {
      value = { ...value, ...next };
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    use: () => useSyncExternalStore(state.subscribe, state.get, () => initial),
  };
  return state;
}
