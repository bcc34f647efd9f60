import type { ArticleSlug } from '../../shared/ids.ts';
import { useProgressEntry } from './use-progress-entry.ts';
import './progress.css';

/** "Not started", "N% read" or "Finished", for an article in a list; nothing until stored data is known. */
export function ReadingStatus({ slug }: { slug: ArticleSlug }) {
  const { known, entry } = useProgressEntry(slug);
  if (!known) return null;
  if (entry?.finishedAt != null) {
    return (
      <span className="reading-status reading-status--finished">
        <svg className="reading-status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Finished
      </span>
    );
  }
  if (entry?.startedAt != null) {
    const percent = Math.min(99, Math.max(1, Math.floor(entry.furthest)));
    return (
      <span className="reading-status reading-status--started">
        <span className="reading-status__meter" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
        {percent}% read
      </span>
    );
  }
  return <span className="reading-status">Not started</span>;
}
