import { useMemo } from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import type { ArticleData } from '../../shared/content-types.ts';
import type { SectionId } from '../../shared/ids.ts';
import { articleParts, readSections } from '../../store/progress-math.ts';
import { useReadingStore } from '../../store/use-reading-store.ts';

/**
 * The sections of `article` the reader has read, for the table of contents. It changes only when
 * the reader passes the end of a section, not on every scroll step that moves their position.
 */
export function useReadSections(article: ArticleData): ReadonlySet<SectionId> | undefined {
  const hydrated = useHydrated();
  const parts = useMemo(() => articleParts(article), [article]);
  // Read sections are always the first ones: selecting how many keeps the selected value a number.
  const count = useReadingStore((s) => {
    const entry = s.ready ? s.progress[article.slug] : undefined;
    return entry?.startedAt != null && entry.furthest > 0 ? readSections(parts, entry.furthest).size : 0;
  });
  return useMemo(() => {
    if (!hydrated || count === 0) return undefined;
    const ids = parts.flatMap((p) => (p.id === null ? [] : [p.id]));
    return new Set(ids.slice(0, count));
  }, [hydrated, parts, count]);
}
