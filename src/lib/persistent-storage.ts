import { createExternalState } from './external-state.ts';

/** Whether the browser promised not to evict this site's storage (bookmarks, progress, the offline library). */
export type Persistence = 'unknown' | 'persistent' | 'best-effort' | 'unsupported';

export const persistence = createExternalState<{ status: Persistence }>({ status: 'unknown' });

const storageManager = (): StorageManager | null =>
  typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persist === 'function' ? navigator.storage : null;

/** Reads the current persistence without asking the reader for anything. */
export async function readPersistence(): Promise<Persistence> {
  const manager = storageManager();
  const status: Persistence = manager ? ((await manager.persisted().catch(() => false)) ? 'persistent' : 'best-effort') : 'unsupported';
  persistence.set({ status });
  return status;
}

/** Asks the browser to keep this site's data (called on the first bookmark and on install). */
export async function requestPersistentStorage(): Promise<Persistence> {
  const manager = storageManager();
  if (!manager) return readPersistence();
  if (await manager.persisted().catch(() => false)) return readPersistence();
  const granted = await manager.persist().catch(() => false);
  persistence.set({ status: granted ? 'persistent' : 'best-effort' });
  return persistence.get().status;
}
