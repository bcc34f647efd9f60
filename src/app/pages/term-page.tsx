import { Link, useLoaderData } from 'react-router';
import { ProseMarkdown } from '../../components/markdown.tsx';
import type { TermData } from '../../shared/content-types.ts';
import { paths } from '../../shared/paths.ts';

/** `/glossary/:term`: one term, its definition, related terms and where articles mention it. */
export function TermPage() {
  const term = useLoaderData() as TermData;
  return (
    <article className="page page--narrow term">
      <header className="page-header">
        <p className="eyebrow">
          <Link to={paths.glossary()}>Glossary</Link> · <Link to={paths.library(term.topic)}>{term.topicTitle}</Link>
        </p>
        <h1 tabIndex={-1}>{term.term}</h1>
        {term.aliases.length ? <p className="term__aliases">Also: {term.aliases.join(', ')}</p> : null}
      </header>
      <div className="prose">
        <ProseMarkdown>{term.body}</ProseMarkdown>
      </div>
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Related terms</h2>
        <ul className="link-list">
          {term.related.map((related) => (
            <li key={related.id}>
              <Link to={paths.term(related.id)}>{related.term}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="mentions-heading">
        <h2 id="mentions-heading">Mentioned in</h2>
        {term.mentions.length ? (
          <ul className="link-list">
            {term.mentions.map((m) => (
              <li key={`${m.article}#${m.section ?? ''}`}>
                <Link to={paths.article(m.article, m.section ?? undefined)}>
                  {m.articleTitle}: {m.sectionTitle}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>No article mentions this term yet.</p>
        )}
      </section>
    </article>
  );
}
