import { useId, type FormEvent } from 'react';
import { paths } from '../../shared/paths.ts';
import { SearchIcon } from './search-icon.tsx';
import './search.css';

interface SearchFormProps {
  value: string;
  onChange: (value: string) => void;
  /** Enter pressed: apply the query now rather than when typing pauses. */
  onSubmit: (value: string) => void;
}

/** The search page's field: a GET form to `/search`, so it also works before the app has loaded. */
export function SearchForm({ value, onChange, onSubmit }: SearchFormProps) {
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(value);
  };
  return (
    <form role="search" className="search-form" action={paths.search()} method="get" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        Search articles and the glossary
      </label>
      <SearchIcon className="search-form__icon" />
      <input
        id={id}
        className="search-form__input"
        type="search"
        name="q"
        placeholder="Search Minutiae"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <button type="submit" className="button search-form__submit">
        Search
      </button>
    </form>
  );
}
