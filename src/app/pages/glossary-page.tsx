import { Link, useLoaderData } from 'react-router';
import type { GlossaryData } from '../../shared/content-types.ts';
import { paths } from '../../shared/paths.ts';

/** `/glossary`: every term, grouped by topic. */
export function GlossaryPage() {
  const { terms, topics } = useLoaderData() as GlossaryData;
  return (
    <div className="page">
      <header className="page-header">
        <h1>Glossary</h1>
        <p className="lede">The words of miniature craft, each explained in plain language.</p>
      </header>
      {topics.map((topic) => (
        <section key={topic.id} aria-labelledby={`topic-${topic.id}`} className="glossary-group">
          <h2 id={`topic-${topic.id}`}>
            <Link to={paths.library(topic.id)}>{topic.title}</Link>
          </h2>
          <dl className="term-list">
            {terms
              .filter((t) => t.topic === topic.id)
              .map((term) => (
                <div key={term.id} className="term-list__item">
                  <dt>
                    <Link to={paths.term(term.id)}>{term.term}</Link>
                  </dt>
                  <dd>{term.short}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
