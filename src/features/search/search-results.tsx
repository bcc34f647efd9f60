import { Link } from 'react-router';
import { HighlightedText } from './highlighted-text.tsx';
import { useHitText } from './hit-text.ts';
import type { SearchHit } from './search-engine.ts';
import { searchStatusText } from './search-status.ts';
import { useSearch } from './use-search.ts';
import './search.css';

/** Results the search page lists. */
const LIMIT = 50;

/** The search page's results for `query`: links, so each can be opened in a new tab or shared. */
export function SearchResults({ query }: { query: string }) {
  const search = useSearch(query, LIMIT);
  return (
    <>
      <p role="status" className="search-page__status">
        {searchStatusText(search, query)}
      </p>
      {search.status === 'error' && (
        <button type="button" className="button" onClick={search.retry}>
          Try again
        </button>
      )}
      {search.hits.length > 0 && (
        <ol className="search-page__results" aria-label="Results">
          {search.hits.map((hit) => (
            <SearchResult key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
    </>
  );
}

function SearchResult({ hit }: { hit: SearchHit }) {
  const text = useHitText(hit, 240);
  return (
    <li className="search-hit search-hit--page">
      <span className="search-hit__context">{text.context}</span>
      <h2 className="search-hit__label">
        <Link to={hit.id}>
          <HighlightedText parts={text.label} />
        </Link>
      </h2>
      {text.snippet.length > 0 && (
        <p className="search-hit__snippet">
          <HighlightedText parts={text.snippet} />
        </p>
      )}
    </li>
  );
}
