import { useRef, useState } from 'react';
import { formatDay, formatMinutesLeft } from '../../lib/format-time.ts';
import type { ArticleData } from '../../shared/content-types.ts';
import { minutesLeft } from '../../store/progress-math.ts';
import { readingStore } from '../../store/use-reading-store.ts';
import { useProgressEntry } from './use-progress-entry.ts';
import './progress.css';

/** Beside the contents: percent read, minutes left, when it was finished, and a way to start over. */
export function ProgressSummary({ article }: { article: ArticleData }) {
  const { known, entry } = useProgressEntry(article.slug);
  const [reset, setReset] = useState(false);
  const message = useRef<HTMLParagraphElement>(null);
  if (!known) return null;
  const started = entry?.startedAt != null;
  // Reading again after a reset: the confirmation has served its purpose.
  if (started && reset) setReset(false);

  const markUnread = () => {
    readingStore.store.getState().resetProgress(article.slug);
    setReset(true);
    // The button goes away with the progress: keep focus on the message that replaces it.
    requestAnimationFrame(() => message.current?.focus());
  };

  return (
    <div className="progress-summary" data-started={started || undefined}>
      {started && entry ? (
        <>
          <p className="progress-summary__figures">
            <strong>{Math.round(entry.percent)}% read</strong>
            <span aria-hidden="true"> · </span>
            <span>{entry.percent >= 100 ? 'at the end' : formatMinutesLeft(minutesLeft(entry.percent, article.words))}</span>
          </p>
          {entry.finishedAt !== null ? <p className="progress-summary__finished">Finished {formatDay(entry.finishedAt)}</p> : null}
          <button type="button" className="progress-summary__reset" onClick={markUnread}>
            Mark as unread
          </button>
        </>
      ) : null}
      <p className="progress-summary__message" role="status" ref={message} tabIndex={-1}>
        {reset && !started ? 'Marked as unread.' : ''}
      </p>
    </div>
  );
}
