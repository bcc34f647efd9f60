import { useEffect, useState } from 'react';
import { createDataSource, fetchData } from '../../content/data-source.ts';
import type { ArticleSlug } from '../../shared/ids.ts';
import type { CurrentArticle } from './resolve-bookmark.ts';

const source = createDataSource(fetchData);

/**
 * The current title and sections of each article, loaded after hydration so bookmarks can be
 * checked against content updates. An article missing from the map is not known (yet, or offline);
 * `null` means it no longer exists.
 */
export function useCurrentArticles(slugs: readonly ArticleSlug[]): ReadonlyMap<string, CurrentArticle | null> {
  const [articles, setArticles] = useState<ReadonlyMap<string, CurrentArticle | null>>(new Map());
  const key = [...slugs].sort().join(' ');

  useEffect(() => {
    let cancelled = false;
    const wanted = key ? (key.split(' ') as ArticleSlug[]) : [];
    void Promise.all(
      wanted.map(async (slug) => {
        try {
          const article = await source.article(slug);
          return [slug, article ? { title: article.title, sections: article.sections } : null] as const;
        } catch {
          return null;
        }
      }),
    ).then((results) => {
      if (cancelled) return;
      setArticles(new Map(results.filter((r) => r !== null)));
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  return articles;
}
