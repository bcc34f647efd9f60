import { useMemo } from 'react';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { useArticleSummaries } from '../../content/use-article-summaries.ts';
import { formatMinutesLeft } from '../../lib/format-time.ts';
import { useHydrated } from '../../lib/use-hydrated.ts';
import type { ArticleSummary } from '../../shared/content-types.ts';
import type { ArticleSlug } from '../../shared/ids.ts';
import { paths } from '../../shared/paths.ts';
import { minutesLeft } from '../../store/progress-math.ts';
import type { ProgressEntry } from '../../store/reading-data.ts';
import { useReadingStore } from '../../store/use-reading-store.ts';
import './progress.css';

/** The most articles the shelf lists. */
export const SHELF_SIZE = 6;

/** Slugs of the articles begun and not finished, most recently read first, at most {@link SHELF_SIZE}. */
export function unfinishedSlugs(progress: Readonly<Record<string, ProgressEntry>>): ArticleSlug[] {
  return Object.values(progress)
    .filter((entry) => entry.startedAt !== null && entry.finishedAt === null)
    .sort((a, b) => (b.lastReadAt ?? 0) - (a.lastReadAt ?? 0))
    .slice(0, SHELF_SIZE)
    .map((entry) => entry.article);
}

/**
 * The "Continue reading" shelf: unfinished articles, most recent first. Each links to the
 * article without a `#section`, which returns the reader to exactly where they stopped.
 * `articles` are those the page already has; others on the shelf are fetched.
 */
export function ContinueReading({ articles }: { articles: readonly ArticleSummary[] }) {
  const hydrated = useHydrated();
  const ready = useReadingStore((s) => s.ready);
  const slugs = useReadingStore(useShallow((s) => unfinishedSlugs(s.progress)));
  // Only the shelf's own entries, so other progress changes do not re-render it.
  const entries = useReadingStore(useShallow((s) => slugs.map((slug) => s.progress[slug])));
  const summaries = useArticleSummaries(slugs, articles);
  // `slugs` are already in shelf order; an article whose summary is not in (yet) is left out.
  const items = useMemo(
    () =>
      slugs.flatMap((slug, i) => {
        const article = summaries.get(slug);
        const entry = entries[i];
        return article && entry ? [{ article, entry }] : [];
      }),
    [slugs, summaries, entries],
  );
  if (!hydrated || !ready || items.length === 0) return null;
  return (
    <section className="continue-reading" aria-labelledby="continue-reading-heading">
      <h2 id="continue-reading-heading" className="continue-reading__title">
        Continue reading
      </h2>
      <ul className="continue-reading__list">
        {items.map(({ article, entry }) => (
          <li key={article.slug} className="continue-reading__item">
            <Link to={paths.article(article.slug)} className="continue-reading__link">
              <span className="continue-reading__name">{article.title}</span>
              <span className="continue-reading__meta">{formatMinutesLeft(minutesLeft(entry.percent, article.words))}</span>
              <span className="continue-reading__meter" aria-hidden="true">
                <span style={{ width: `${Math.max(2, entry.percent)}%` }} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
