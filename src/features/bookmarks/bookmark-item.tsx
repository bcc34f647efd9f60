import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../lib/format-time.ts';
import { paths } from '../../shared/paths.ts';
import { bookmarkKey, MAX_NOTE_LENGTH, type Bookmark } from '../../store/reading-data.ts';
import { readingStore } from '../../store/use-reading-store.ts';
import type { Resolution } from './resolve-bookmark.ts';

interface Props {
  bookmark: Bookmark;
  bookmarkId: string;
  resolution: Resolution;
  onRemove: (bookmark: Bookmark) => void;
}

/** One bookmark: its section link (or what became of the section), its note, and its actions. */
export function BookmarkItem({ bookmark, bookmarkId, resolution, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const noteId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const key = bookmarkKey(bookmark.article, bookmark.section);

  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const note = new FormData(event.currentTarget).get('note');
    readingStore.store.getState().setBookmarkNote(key, typeof note === 'string' ? note : '');
    close();
  };

  const gone = resolution.status === 'removed' || resolution.status === 'article-missing';
  const section = resolution.status === 'moved' ? resolution.section : bookmark.section;

  return (
    <li className="bookmark" data-gone={gone || undefined}>
      <div className="bookmark__main">
        {gone ? (
          <span className="bookmark__heading" id={bookmarkId} tabIndex={-1}>
            {bookmark.heading}
          </span>
        ) : (
          <Link className="bookmark__heading" id={bookmarkId} to={paths.article(bookmark.article, section)}>
            {bookmark.heading}
          </Link>
        )}
        {resolution.status === 'moved' ? <p className="bookmark__flag">This section has moved; the link goes to its new place.</p> : null}
        {resolution.status === 'removed' ? (
          <p className="bookmark__flag">
            This section was moved or removed in an update.{' '}
            <Link to={paths.article(bookmark.article)}>Open the article</Link>
          </p>
        ) : null}
        {resolution.status === 'article-missing' ? <p className="bookmark__flag">This article is no longer in the library.</p> : null}
        <p className="bookmark__meta">Saved {formatDay(bookmark.createdAt)}</p>
        {bookmark.note && !editing ? <p className="bookmark__note">{bookmark.note}</p> : null}
      </div>

      {editing ? (
        <form className="bookmark__editor" onSubmit={save}>
          <label htmlFor={noteId}>Note for “{bookmark.heading}”</label>
          <textarea
            id={noteId}
            name="note"
            defaultValue={bookmark.note}
            maxLength={MAX_NOTE_LENGTH}
            rows={3}
            // Opening the editor is an explicit request to type: focus belongs here.
            autoFocus
            onKeyDown={(event) => {
              if (event.key === 'Escape') close();
            }}
          />
          <div className="bookmark__actions">
            <button type="submit" className="button button--primary">
              Save note
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="bookmark__actions">
          <button type="button" className="bookmark__action" ref={editButton} onClick={() => setEditing(true)} aria-describedby={bookmarkId}>
            {bookmark.note ? 'Edit note' : 'Add note'}
          </button>
          <button type="button" className="bookmark__action" onClick={() => onRemove(bookmark)} aria-describedby={bookmarkId}>
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
