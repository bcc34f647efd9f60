import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../shared/paths.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { useHitText } from './hit-text.ts';
import type { SearchHit } from './search-engine.ts';
import { SearchIcon } from './search-icon.tsx';
import { searchStatusText } from './search-status.ts';
import { useSearch } from './use-search.ts';
import './search.css';

/** Results the dialog lists; the search page lists more. */
const LIMIT = 8;

/**
 * The search dialog: a combobox (the input) controlling a listbox of results (ARIA 1.2).
 * Arrows move through the results, Enter opens one, Escape closes; the first result is active as
 * soon as there are results, so Enter alone opens the best match. Closing, however it happens,
 * goes through the dialog's own `close` so the opener gets focus back.
 */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const search = useSearch(query, LIMIT);
  // The active result belongs to one answer: a new answer starts again at its first result.
  const [selection, setSelection] = useState({ query: '', index: 0 });
  const count = search.hits.length;
  const active = count ? (selection.query === search.query ? Math.min(selection.index, count - 1) : 0) : -1;
  const id = useId();
  const listId = `${id}results`;
  const optionId = (index: number) => `${id}option-${index}`;
  const activeId = active >= 0 ? optionId(active) : undefined;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // Back, forward or any other navigation while open takes the reader elsewhere: close.
  const { key } = useLocation();
  const openedAt = useRef(key);
  useEffect(() => {
    if (key !== openedAt.current) dialogRef.current?.close();
  }, [key]);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const close = () => dialogRef.current?.close();
  const go = (url: string) => {
    close();
    void navigate(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSelection({ query: search.query, index: (active + step + count) % count });
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      const hit = search.hits[active];
      if (hit) go(hit.id);
      else if (query.trim()) go(paths.search(query));
    } else if (event.key === 'Escape') {
      // Handled here, not left to the browser, so Escape never just clears the field.
      event.preventDefault();
      close();
    } else if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) {
      // Pressed again while open: keep the browser's own Ctrl+K away and start a new query.
      event.preventDefault();
      event.currentTarget.select();
    }
  };

  // The dialog fills the viewport behind its panel: a click that lands on it is a click outside.
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close();
  };

  const status = searchStatusText(search, query);
  return (
    <dialog ref={dialogRef} className="search-dialog" aria-label="Search" onClose={onClose} onClick={onDialogClick}>
      <div className="search-dialog__panel">
        <div className="search-dialog__bar">
          <SearchIcon className="search-dialog__icon" />
          <input
            className="search-dialog__input"
            type="text"
            role="combobox"
            aria-label="Search articles and the glossary"
            aria-autocomplete="list"
            aria-expanded={count > 0}
            aria-controls={listId}
            aria-activedescendant={activeId}
            placeholder="Search Minutiae"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            autoFocus
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="search-dialog__close" onClick={close}>
            <span className="search-dialog__close-key" aria-hidden="true">
              Esc
            </span>
            <span className="search-dialog__close-word" aria-hidden="true">
              Close
            </span>
            <span className="visually-hidden">Close search</span>
          </button>
        </div>
        <div role="listbox" id={listId} aria-label="Results" className="search-dialog__results" hidden={!count}>
          {search.hits.map((hit, index) => (
            <SearchOption
              key={hit.id}
              id={optionId(index)}
              hit={hit}
              selected={index === active}
              onPoint={() => index !== active && setSelection({ query: search.query, index })}
              onChoose={() => go(hit.id)}
            />
          ))}
        </div>
        <p role="status" className={count ? 'visually-hidden' : 'search-dialog__status'}>
          {status}
        </p>
        {search.status === 'error' && (
          <p className="search-dialog__status">
            <button type="button" className="button" onClick={search.retry}>
              Try again
            </button>
          </p>
        )}
        {count > 0 && (
          <div className="search-dialog__footer">
            <Link to={paths.search(search.query)} onClick={close}>
              All results for “{search.query.trim()}”
            </Link>
            <span className="search-dialog__keys" aria-hidden="true">
              <kbd>↑</kbd>
              <kbd>↓</kbd> to move <kbd>↵</kbd> to open <kbd>esc</kbd> to close
            </span>
          </div>
        )}
      </div>
    </dialog>
  );
}

interface OptionProps {
  id: string;
  hit: SearchHit;
  selected: boolean;
  onPoint: () => void;
  onChoose: () => void;
}

function SearchOption({ id, hit, selected, onPoint, onChoose }: OptionProps) {
  const text = useHitText(hit, 150);
  return (
    <div
      role="option"
      id={id}
      aria-selected={selected}
      className="search-hit search-hit--option"
      // Keep focus in the input: the option is chosen on click, not focused.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={onPoint}
      onClick={onChoose}
    >
      <span className="search-hit__context">{text.context}</span>
      <span className="search-hit__label">
        <HighlightedText parts={text.label} />
      </span>
      {text.snippet.length > 0 && (
        <span className="search-hit__snippet">
          <HighlightedText parts={text.snippet} />
        </span>
      )}
    </div>
  );
}
