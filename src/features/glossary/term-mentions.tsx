import { Link } from 'react-router';
import type { TermMention } from '../../shared/content-types.ts';
import { paths } from '../../shared/paths.ts';
import { groupMentions } from './group-mentions.ts';
import './term-page.css';

/** "Mentioned in": each article that mentions the term, and under it a link to every section that does. */
export function TermMentions({ term, mentions }: { term: string; mentions: readonly TermMention[] }) {
  const articles = groupMentions(mentions);
  return (
    <section className="term-section" aria-labelledby="mentions-heading">
      <h2 id="mentions-heading">Mentioned in</h2>
      {articles.length ? (
        <ul className="term-mentions">
          {articles.map((group) => (
            <li key={group.article} className="term-mentions__article">
              <Link to={paths.article(group.article)} className="term-mentions__title">
                {group.articleTitle}
              </Link>
              <ul className="term-mentions__sections" aria-label={`Sections of ${group.articleTitle}`}>
                {group.sections.map((m) => (
                  <li key={m.section ?? ''}>
                    <Link to={paths.article(m.article, m.section ?? undefined)}>{m.sectionTitle}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="term-section__empty">No article mentions {term} yet.</p>
      )}
    </section>
  );
}
