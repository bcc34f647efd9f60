import { useEffect, useId, type RefObject } from 'react';

/** The filter box of the glossary: narrows the index as you type; Escape clears it. */
export function GlossaryFilter({
  query,
  onChange,
  describedBy,
  input,
}: {
  query: string;
  onChange: (query: string) => void;
  /** The id of the result count, read after the box. */
  describedBy: string;
  input: RefObject<HTMLInputElement | null>;
}) {
  const id = useId();

  // The box is in the prerendered page, so a reader can type before the app hydrates. Hydration
  // leaves that text in place (React does not overwrite an input's value while hydrating); take
  // it up before any render could reset the box to the empty query.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed) onChange(typed);
  }, [onChange, input]);

  const clear = () => {
    onChange('');
    input.current?.focus();
  };

  return (
    <div className="glossary-filter">
      <label htmlFor={id} className="glossary-filter__label">
        Filter terms
      </label>
      <div className="glossary-filter__field">
        <svg className="glossary-filter__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          id={id}
          className="glossary-filter__input"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="Name, alias or definition"
          aria-describedby={describedBy}
          value={query}
          onChange={(event) => onChange(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && event.currentTarget.value) {
              event.preventDefault();
              clear();
            }
          }}
        />
        {query ? (
          <button type="button" className="glossary-filter__clear" onClick={clear}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">Clear</span>
          </button>
        ) : null}
      </div>
    </div>
  );
}
