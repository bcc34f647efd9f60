import { useMemo } from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import type { ArticleData } from '../../shared/content-types.ts';
import type { ArticleSlug, SectionId } from '../../shared/ids.ts';
import { articleParts, readSections } from '../../store/progress-math.ts';
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

/** The sections of `article` the reader has read, for the table of contents. */
export function useReadSections(article: ArticleData): ReadonlySet<SectionId> | undefined {
  const { entry } = useProgressEntry(article.slug);
  const furthest = entry?.startedAt != null ? entry.furthest : 0;
  const parts = useMemo(() => articleParts(article), [article]);
  return useMemo(() => (furthest > 0 ? readSections(parts, furthest) : undefined), [parts, furthest]);
}
