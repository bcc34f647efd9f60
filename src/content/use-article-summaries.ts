import { useEffect, useMemo, useState } from 'react';
import type { ArticleSummary } from '../shared/content-types.ts';
import type { ArticleSlug } from '../shared/ids.ts';
import { createDataSource, fetchData } from './data-source.ts';

const source = createDataSource(fetchData);

/**
 * Summaries of the articles named, for lists that show articles the page's own data does not
 * carry: those in `known` are used as they are, the others are fetched (precached, so offline too).
 * An article that could not be loaded, or no longer exists, is left out.
 */
export function useArticleSummaries(slugs: readonly ArticleSlug[], known: readonly ArticleSummary[]): ReadonlyMap<string, ArticleSummary> {
  const [fetched, setFetched] = useState<ReadonlyMap<string, ArticleSummary>>(new Map());
  const knownSlugs = new Set(known.map((a) => a.slug as string));
  const missing = slugs.filter((slug) => !knownSlugs.has(slug) && !fetched.has(slug));
  const key = missing.join(' ');

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void Promise.all(
      (key.split(' ') as ArticleSlug[]).map(async (slug) => {
        const article = await source.article(slug).catch(() => null);
        if (!article) return null;
        const { slug: s, title, summary, topics, published, updated, words, readingMinutes } = article;
        return { slug: s, title, summary, topics, published, ...(updated ? { updated } : {}), words, readingMinutes } satisfies ArticleSummary;
      }),
    ).then((results) => {
      if (cancelled) return;
      setFetched((previous) => new Map([...previous, ...results.flatMap((a) => (a ? [[a.slug, a] as const] : []))]));
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  return useMemo(() => {
    const all = new Map<string, ArticleSummary>(fetched);
    for (const article of known) all.set(article.slug, article);
    return all;
  }, [fetched, known]);
}
