import type { ArticleSlug } from '../../shared/ids.ts';
import { useProgressEntry } from './use-progress-entry.ts';
import './progress.css';

/** A thin bar across the top of the window: how far through the article the reader is. */
export function ReadingProgressBar({ slug }: { slug: ArticleSlug }) {
  const { known, entry } = useProgressEntry(slug);
  if (!known) return null;
  const percent = entry?.startedAt != null ? entry.percent : 0;
  const value = Math.round(percent);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value}% read`}
    >
      <div className="reading-progress__fill" style={{ transform: `scaleX(${percent / 100})` }} />
    </div>
  );
}
