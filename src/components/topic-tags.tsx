import { Link } from 'react-router';
import type { TopicId } from '../shared/ids.ts';
import { paths } from '../shared/paths.ts';

/** An article's topics, each linking to the library filtered by it. */
export function TopicTags({ topics, titles }: { topics: readonly TopicId[]; titles: Readonly<Record<string, string>> }) {
  return (
    <ul className="topic-tags" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic}>
          <Link to={paths.library(topic)} className="topic-tag">
            {titles[topic] ?? topic}
          </Link>
        </li>
      ))}
    </ul>
  );
}
