import { Link } from 'react-router';
import type { Topic } from '../../shared/content-types.ts';
import { paths } from '../../shared/paths.ts';

/** Links that filter the library by topic; the active one is marked for assistive tech. */
export function TopicFilter({ topics, active }: { topics: readonly Topic[]; active: Topic | null }) {
  return (
    <nav aria-label="Filter by topic" className="topic-filter">
      <ul>
        <li>
          <Link to={paths.library()} aria-current={active ? undefined : 'page'} className="topic-tag">
            All topics
          </Link>
        </li>
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link to={paths.library(topic.id)} aria-current={active?.id === topic.id ? 'page' : undefined} className="topic-tag">
              {topic.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
