import { Link, useLoaderData } from 'react-router';
import { TreeMarkdown } from '../../components/markdown.tsx';
import { displayAliases } from '../../features/glossary/display-aliases.ts';
import { RelatedTerms } from '../../features/glossary/related-terms.tsx';
import { TermMentions } from '../../features/glossary/term-mentions.tsx';
import type { TermData } from '../../shared/content-types.ts';
import { paths } from '../../shared/paths.ts';

/** `/glossary/:term`: one term, its definition, related terms and where articles mention it. */
export function TermPage() {
  const term = useLoaderData() as TermData;
  const aliases = displayAliases(term.term, term.aliases);
  return (
    <article className="page page--narrow term">
      <header className="page-header">
        <p className="eyebrow">
          <Link to={paths.glossary()}>Glossary</Link> · <Link to={paths.library(term.topic)}>{term.topicTitle}</Link>
        </p>
        <h1 tabIndex={-1}>{term.term}</h1>
        {aliases.length ? (
          <p className="term__aliases">
            Also called <strong>{aliases.join(', ')}</strong>
          </p>
        ) : null}
      </header>
      <div className="prose">
        <TreeMarkdown tree={term.body} />
      </div>
      <RelatedTerms related={term.related} />
      <TermMentions id={term.id} term={term.term} mentions={term.mentions} count={term.mentionCount} />
    </article>
  );
}
