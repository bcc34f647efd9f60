import { useHydrated } from '../../lib/use-hydrated.ts';
import type { ArticleSlug } from '../../shared/ids.ts';
import type { ProgressEntry } from '../../store/reading-data.ts';
import { useReadingStore } from '../../store/use-reading-store.ts';

/**
 * An article's progress entry once stored data has been applied; `undefined` before that
 * (prerendering, hydration), so nothing that depends on it is rendered until it is known.
 */
export function useProgressEntry(slug: ArticleSlug): { known: boolean; entry: ProgressEntry | undefined } {
  const hydrated = useHydrated();
  const ready = useReadingStore((s) => s.ready);
  const entry = useReadingStore((s) => s.progress[slug]);
  const known = hydrated && ready;
  return { known, entry: known ? entry : undefined };
}
