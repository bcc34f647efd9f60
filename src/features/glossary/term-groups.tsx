import { Link } from 'react-router';
import { paths } from '../../shared/paths.ts';
import type { TermGroup } from './group-terms.ts';
import { MarkedText } from './marked-text.tsx';

/**
 * The index itself: a heading per group (a topic heading leads to the library filtered by that
 * topic), and under it each term with its short definition.
 */
export function TermGroups({ groups, words, topicTitles }: { groups: readonly TermGroup[]; words: readonly string[]; topicTitles?: ReadonlyMap<string, string> }) {
  return groups.map((group) => (
    <section key={group.id} className="glossary-group" aria-labelledby={group.id}>
      <h2 id={group.id} className={group.topic ? 'glossary-group__title' : 'glossary-group__title glossary-group__title--letter'}>
        {group.topic ? (
          <Link to={paths.library(group.topic.id)}>
            {group.title}
            {/* A visible cue that the heading leads to articles; the heading's name stays the topic. */}
            <span className="glossary-group__more" aria-hidden="true">
              articles →
            </span>
          </Link>
        ) : (
          group.title
        )}
      </h2>
      {group.topic && !words.length ? <p className="glossary-group__description">{group.topic.description}</p> : null}
      <dl className="glossary-terms">
        {group.entries.map(({ entry, alias }) => (
          <div key={entry.id} className="glossary-terms__item">
            <dt className="glossary-terms__term">
              <Link to={paths.term(entry.id)}>
                <MarkedText text={entry.term} words={words} />
              </Link>
              {alias ? (
                <span className="glossary-terms__alias">
                  also “<MarkedText text={alias} words={words} />”
                </span>
              ) : null}
            </dt>
            <dd className="glossary-terms__short">
              <MarkedText text={entry.short} words={words} />
            </dd>
            {topicTitles ? <dd className="glossary-terms__topic">{topicTitles.get(entry.topic) ?? entry.topic}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  ));
}
