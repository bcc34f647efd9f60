import { useMemo } from 'react';
import type { ArticleData } from '../../shared/content-types.ts';
import type { SectionId } from '../../shared/ids.ts';
import { articleParts, readSections } from '../../store/progress-math.ts';
import { useProgressEntry } from './use-progress-entry.ts';

/** The sections of `article` the reader has read, for the table of contents. */
export function useReadSections(article: ArticleData): ReadonlySet<SectionId> | undefined {
  const { entry } = useProgressEntry(article.slug);
  const furthest = entry?.startedAt != null ? entry.furthest : 0;
  const parts = useMemo(() => articleParts(article), [article]);
  return useMemo(() => (furthest > 0 ? readSections(parts, furthest) : undefined), [parts, furthest]);
}
