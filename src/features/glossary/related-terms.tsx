import { Link } from 'react-router';
import type { TermPreview } from '../../shared/content-types.ts';
import { paths } from '../../shared/paths.ts';

/** Related terms, each a link with its short definition, to explore a subject term by term. */
export function RelatedTerms({ related }: { related: readonly TermPreview[] }) {
  if (!related.length) return null;
  return (
    <section className="term-section" aria-labelledby="related-heading">
      <h2 id="related-heading">Related terms</h2>
      <ul className="related-terms">
        {related.map((term) => (
          <li key={term.id} className="related-terms__item">
            <Link to={paths.term(term.id)} className="related-terms__name">
              {term.term}
            </Link>
            <p className="related-terms__short">{term.short}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
