/** Work that must finish before the app reloads itself (flushing the reader's data, say). */
const tasks = new Set<() => void | Promise<void>>();

/** Registers work to run before an app-initiated reload; returns an unregister function. */
export function onBeforeReload(task: () => void | Promise<void>): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Runs every registered task; a failing task never blocks the reload. */
export async function runBeforeReload(): Promise<void> {
  await Promise.allSettled([...tasks].map(async (task) => task()));
}
