import { useState } from 'react';
import { Link } from 'react-router';
import { createDataSource, fetchData } from '../../content/data-source.ts';
import type { TermMention } from '../../shared/content-types.ts';
import type { TermId } from '../../shared/ids.ts';
import { paths } from '../../shared/paths.ts';
import { groupMentions } from './group-mentions.ts';
import './term-page.css';

const source = createDataSource(fetchData);

type Loading = 'idle' | 'loading' | 'failed';

/**
 * "Mentioned in": each article that mentions the term, and under it a link to every section that
 * does. The page carries the first few; the rest are fetched when the reader asks for them.
 */
export function TermMentions({ id, term, mentions, count }: { id: TermId; term: string; mentions: readonly TermMention[]; count: number }) {
  const [all, setAll] = useState<{ id: TermId; mentions: readonly TermMention[] } | null>(null);
  const [loading, setLoading] = useState<{ id: TermId; state: Loading }>({ id, state: 'idle' });
  const shown = all?.id === id ? all.mentions : mentions;
  const state = loading.id === id ? loading.state : 'idle';
  const articles = groupMentions(shown);
  const showAll = async () => {
    setLoading({ id, state: 'loading' });
    const list = await source.mentions(id).catch(() => null);
    if (list) setAll({ id, mentions: list });
    setLoading({ id, state: list ? 'idle' : 'failed' });
  };
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
      {shown.length < count ? (
        <p className="term-mentions__more">
          {shown.length} of {count} sections.{' '}
          <button type="button" className="link-button" onClick={() => void showAll()} disabled={state === 'loading'}>
            {state === 'loading' ? 'Loading…' : `Show all ${count}`}
          </button>
          {state === 'failed' ? <span role="alert"> Could not load the rest; try again when you are online.</span> : null}
        </p>
      ) : null}
    </section>
  );
}
